package ca.repere.actionplan;

import ca.repere.assessment.Priority;
import ca.repere.framework.FrameworkVersionView.PillarView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The new-action and edit-action form. The owner is chosen in one list: a member
 * ({@code member:12}), someone without an account ({@code other}, with {@code ownerName}), or
 * nobody yet (empty). Criteria come as {@code frameworkCode|criterionCode}.
 */
public class ActionForm {

    static final String MEMBER = "member:";
    static final String OTHER = "other";
    private static final String SEPARATOR = "|";

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String title;

    @Size(max = 4000, message = "{validation.tooLong}")
    private String description;

    private List<String> criteria = new ArrayList<>();

    private String owner = "";

    @Size(max = 120, message = "{validation.tooLong}")
    private String ownerName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private Priority priority = Priority.NORMAL;

    private Long sourceAssessmentId;

    private long version;

    static ActionForm of(ActionPlanView.ActionDetail detail) {
        ActionPlanView.ActionSummary summary = detail.summary();
        ActionForm form = new ActionForm();
        form.title = summary.title();
        form.description = detail.description();
        form.criteria = summary.criteria().stream().map(ActionForm::value).toList();
        if (summary.ownerUserId() != null) {
            form.owner = MEMBER + summary.ownerUserId();
        } else if (summary.ownerName() != null) {
            form.owner = OTHER;
            form.ownerName = summary.ownerName();
        }
        form.dueDate = summary.dueDate();
        form.priority = summary.priority();
        form.sourceAssessmentId = summary.sourceAssessmentId();
        form.version = detail.version();
        return form;
    }

    /**
     * Checks what the annotations cannot: "someone without an account" needs their name, else the
     * action would silently be left without an owner.
     */
    void validate(Errors errors) {
        if (OTHER.equals(owner) && (ownerName == null || ownerName.isBlank())) {
            errors.rejectValue("ownerName", "validation.actionplan.ownerName");
        }
    }

    /** Whether the form names any criterion of this pillar: its group opens to show it. */
    public boolean namesAnyOf(String frameworkCode, PillarView pillar) {
        return pillar.criteria().stream()
                .anyMatch(criterion -> criteria.contains(value(new CriterionRef(frameworkCode, criterion.code()))));
    }

    static String value(CriterionRef criterion) {
        return criterion.frameworkCode() + SEPARATOR + criterion.criterionCode();
    }

    ActionPlanService.NewAction toNewAction() {
        return new ActionPlanService.NewAction(
                title,
                description,
                criterionRefs(),
                ownerUserId(),
                ownerNameIfOther(),
                dueDate,
                priority,
                sourceAssessmentId);
    }

    ActionPlanService.ActionEdit toEdit() {
        return new ActionPlanService.ActionEdit(
                version, title, description, criterionRefs(), ownerUserId(), ownerNameIfOther(), dueDate, priority);
    }

    private Set<CriterionRef> criterionRefs() {
        Set<CriterionRef> refs = new LinkedHashSet<>();
        for (String value : criteria) {
            int separator = value.indexOf(SEPARATOR);
            if (separator > 0) {
                refs.add(new CriterionRef(value.substring(0, separator), value.substring(separator + 1)));
            }
        }
        return refs;
    }

    private Long ownerUserId() {
        return memberId(owner);
    }

    /** The user id in a {@code member:12} owner choice; null for anything else. */
    static Long memberId(String owner) {
        if (owner == null || !owner.startsWith(MEMBER)) {
            return null;
        }
        try {
            return Long.parseLong(owner.substring(MEMBER.length()));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private String ownerNameIfOther() {
        return OTHER.equals(owner) ? ownerName : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<String> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : criteria;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Long getSourceAssessmentId() {
        return sourceAssessmentId;
    }

    public void setSourceAssessmentId(Long sourceAssessmentId) {
        this.sourceAssessmentId = sourceAssessmentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

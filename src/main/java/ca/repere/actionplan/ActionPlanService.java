package ca.repere.actionplan;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.account.MemberView;
import ca.repere.actionplan.Action.ActionContent;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.Priority;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything that changes an action plan. Each method is one transaction; every status change
 * writes its log entry in the same transaction, so the log never misses a step. Edits carry the
 * version the page showed: a change someone made meanwhile is refused, never overwritten.
 */
@Service
@Transactional
public class ActionPlanService {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int OWNER_NAME_MAX = 120;
    static final int DROP_REASON_MAX = 1000;
    static final int COMMENT_MAX = 2000;

    private final ActionRepository actions;
    private final ActionLogRepository log;
    private final ActionPlanAccess access;
    private final AccountService accounts;
    private final FrameworkLibrary frameworks;
    private final AssessmentQueries assessments;
    private final Clock clock;

    ActionPlanService(
            ActionRepository actions,
            ActionLogRepository log,
            ActionPlanAccess access,
            AccountService accounts,
            FrameworkLibrary frameworks,
            AssessmentQueries assessments,
            Clock clock) {
        this.actions = actions;
        this.log = log;
        this.access = access;
        this.accounts = accounts;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.clock = clock;
    }

    /**
     * What the new-action form asks. The owner is a member ({@code ownerUserId}), a person
     * without an account ({@code ownerName}), or nobody yet; never both. {@code sourceAssessmentId}
     * names the assessment whose report prompted the action, if any.
     */
    public record NewAction(
            String title,
            String description,
            Set<CriterionRef> criteria,
            Long ownerUserId,
            String ownerName,
            LocalDate dueDate,
            Priority priority,
            Long sourceAssessmentId) {}

    /** What the edit form sends back, with the version of the action it showed. */
    public record ActionEdit(
            long version,
            String title,
            String description,
            Set<CriterionRef> criteria,
            Long ownerUserId,
            String ownerName,
            LocalDate dueDate,
            Priority priority) {}

    /** Adds an action to the organisation's plan, planned, with its first log entry. */
    public long create(CurrentUser user, long organisationId, NewAction command) {
        access.requireContribute(user, organisationId);
        ActionContent content = content(
                organisationId,
                command.title(),
                command.description(),
                command.criteria(),
                command.ownerUserId(),
                command.ownerName(),
                command.dueDate(),
                command.priority());
        if (command.sourceAssessmentId() != null) {
            // Not found unless the assessment is this organisation's.
            assessments.header(user, organisationId, command.sourceAssessmentId());
        }
        Instant now = clock.instant();
        Action action = actions.save(new Action(organisationId, content, command.sourceAssessmentId(), user.id(), now));
        log.save(new ActionLog(action.getId(), user.id(), null, ActionStatus.PLANNED, null, now));
        return action.getId();
    }

    public void edit(CurrentUser user, long organisationId, long actionId, ActionEdit edit) {
        Action action = editable(user, organisationId, actionId, edit.version());
        action.describe(
                content(
                        organisationId,
                        edit.title(),
                        edit.description(),
                        edit.criteria(),
                        edit.ownerUserId(),
                        edit.ownerName(),
                        edit.dueDate(),
                        edit.priority()),
                clock.instant());
    }

    /**
     * Moves the action to {@code status} and logs the step with {@code comment}; dropping needs
     * the comment, which becomes the drop reason.
     */
    public void changeStatus(
            CurrentUser user, long organisationId, long actionId, long version, ActionStatus status, String comment) {
        Action action = editable(user, organisationId, actionId, version);
        String cleaned = text(comment, status == ActionStatus.DROPPED ? DROP_REASON_MAX : COMMENT_MAX);
        Instant now = clock.instant();
        ActionStatus previous = action.moveTo(status, cleaned, now);
        log.save(new ActionLog(actionId, user.id(), previous, status, cleaned, now));
    }

    /** A comment alone in the log: what was done, what blocks. Any member may write one. */
    public void comment(CurrentUser user, long organisationId, long actionId, String comment) {
        access.requireContribute(user, organisationId);
        Action action = find(organisationId, actionId);
        String cleaned = text(comment, COMMENT_MAX);
        if (cleaned == null) {
            throw new ActionPlanException("actionplan.error.commentRequired");
        }
        log.save(new ActionLog(action.getId(), user.id(), null, null, cleaned, clock.instant()));
    }

    private Action editable(CurrentUser user, long organisationId, long actionId, long version) {
        access.requireRead(user, organisationId);
        Action action = find(organisationId, actionId);
        access.requireEdit(user, action);
        if (action.getVersion() != version) {
            throw new ActionPlanException("actionplan.error.changedMeanwhile");
        }
        return action;
    }

    private Action find(long organisationId, long actionId) {
        return actions.findByIdAndOrganisationId(actionId, organisationId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    /** Checks and cleans what a person wrote: rules break with a message, forged input with 400. */
    private ActionContent content(
            long organisationId,
            String title,
            String description,
            Set<CriterionRef> criteria,
            Long ownerUserId,
            String ownerName,
            LocalDate dueDate,
            Priority priority) {
        String cleanTitle = text(title, TITLE_MAX);
        if (cleanTitle == null) {
            throw new ActionPlanException("actionplan.error.titleRequired");
        }
        String cleanOwnerName = text(ownerName, OWNER_NAME_MAX);
        if (ownerUserId != null && cleanOwnerName != null) {
            throw new ActionPlanException("actionplan.error.oneOwner");
        }
        if (ownerUserId != null && !isMember(organisationId, ownerUserId)) {
            throw new ActionPlanException("actionplan.error.ownerNotMember");
        }
        Set<CriterionRef> cleanCriteria = criteria == null ? Set.of() : criteria;
        requireKnown(cleanCriteria);
        return new ActionContent(
                cleanTitle,
                text(description, DESCRIPTION_MAX),
                cleanCriteria,
                ownerUserId,
                cleanOwnerName,
                dueDate,
                priority == null ? Priority.NORMAL : priority);
    }

    private boolean isMember(long organisationId, long userId) {
        return accounts.membersOfOrganisation(organisationId).stream()
                .map(MemberView::userId)
                .anyMatch(member -> member == userId);
    }

    /** A criterion must exist in some published or retired version of its framework. */
    private void requireKnown(Set<CriterionRef> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        Map<String, Set<String>> codesByFramework = new HashMap<>();
        for (String frameworkCode :
                criteria.stream().map(CriterionRef::frameworkCode).collect(Collectors.toSet())) {
            Set<String> codes = new HashSet<>();
            for (FrameworkVersionSummary version : frameworks.versions(false)) {
                if (version.frameworkCode().equals(frameworkCode)) {
                    frameworks.pinnedVersion(version.id()).pillars().stream()
                            .flatMap(pillar -> pillar.criteria().stream())
                            .forEach(criterion -> codes.add(criterion.code()));
                }
            }
            codesByFramework.put(frameworkCode, codes);
        }
        for (CriterionRef criterion : criteria) {
            if (!codesByFramework.get(criterion.frameworkCode()).contains(criterion.criterionCode())) {
                throw new ActionPlanException("actionplan.error.unknownCriterion");
            }
        }
    }

    /** Stripped, null when blank; longer than the form allows is a forged request. */
    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ResponseStatusException(BAD_REQUEST, "text longer than " + max);
        }
        return stripped;
    }
}

package ca.repere.actionplan;

import ca.repere.assessment.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** One thing an organisation decided to do, who carries it, by when, and where it stands. */
@Entity
@Table(name = "action")
class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;
    private String title;
    private String description;

    @ElementCollection
    @CollectionTable(name = "action_criterion", joinColumns = @JoinColumn(name = "action_id"))
    private Set<CriterionRef> criteria = new HashSet<>();

    private Long ownerUserId;
    private String ownerName;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private String dropReason;
    private Long sourceAssessmentId;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Action() {}

    Action(long organisationId, ActionContent content, Long sourceAssessmentId, long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.status = ActionStatus.PLANNED;
        this.sourceAssessmentId = sourceAssessmentId;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(content, now);
    }

    /** Replaces what the action says; the status changes only through {@link #moveTo}. */
    void describe(ActionContent content, Instant now) {
        this.title = content.title();
        this.description = content.description();
        this.criteria.clear();
        this.criteria.addAll(content.criteria());
        this.ownerUserId = content.ownerUserId();
        this.ownerName = content.ownerName();
        this.dueDate = content.dueDate();
        this.priority = content.priority();
        this.updatedAt = now;
    }

    /** Moves to {@code target}; dropping needs the reason, which leaving "dropped" forgets (the log keeps it). */
    ActionStatus moveTo(ActionStatus target, String reason, Instant now) {
        if (target == status) {
            throw new ActionPlanException("actionplan.error.sameStatus");
        }
        if (target == ActionStatus.DROPPED && reason == null) {
            throw new ActionPlanException("actionplan.error.dropReasonRequired");
        }
        ActionStatus previous = status;
        this.status = target;
        this.dropReason = target == ActionStatus.DROPPED ? reason : null;
        this.updatedAt = now;
        return previous;
    }

    boolean isOwnedBy(long userId) {
        return Objects.equals(ownerUserId, userId);
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Set<CriterionRef> getCriteria() {
        return criteria;
    }

    Long getOwnerUserId() {
        return ownerUserId;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Priority getPriority() {
        return priority;
    }

    ActionStatus getStatus() {
        return status;
    }

    String getDropReason() {
        return dropReason;
    }

    Long getSourceAssessmentId() {
        return sourceAssessmentId;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    /** What a person writes about an action, checked and cleaned by the service. */
    record ActionContent(
            String title,
            String description,
            Collection<CriterionRef> criteria,
            Long ownerUserId,
            String ownerName,
            LocalDate dueDate,
            Priority priority) {}
}

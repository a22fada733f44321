package ca.repere.actionplan;

import ca.repere.assessment.Priority;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the plan page shows: every criterion left empty (null, false, no status) lets every action
 * through. {@code ownerUserId} finds a member's actions, {@code ownerName} those of a person
 * without an account (case ignored).
 */
public record ActionFilter(
        Set<ActionStatus> statuses,
        Long ownerUserId,
        String ownerName,
        boolean overdueOnly,
        Priority priority,
        Long sourceAssessmentId,
        ActionSort sort) {

    public ActionFilter {
        statuses = statuses == null || statuses.isEmpty()
                ? Set.copyOf(EnumSet.allOf(ActionStatus.class))
                : Set.copyOf(statuses);
        ownerName = ownerName == null || ownerName.isBlank() ? null : ownerName.strip();
        sort = sort == null ? ActionSort.DUE_DATE : sort;
    }

    public static ActionFilter all() {
        return new ActionFilter(null, null, null, false, null, null, null);
    }

    public ActionFilter withStatuses(ActionStatus first, ActionStatus... others) {
        return new ActionFilter(
                EnumSet.of(first, others), ownerUserId, ownerName, overdueOnly, priority, sourceAssessmentId, sort);
    }

    public ActionFilter withOwnerUser(long userId) {
        return new ActionFilter(statuses, userId, null, overdueOnly, priority, sourceAssessmentId, sort);
    }

    public ActionFilter withOwnerName(String name) {
        return new ActionFilter(statuses, null, name, overdueOnly, priority, sourceAssessmentId, sort);
    }

    public ActionFilter onlyOverdue() {
        return new ActionFilter(statuses, ownerUserId, ownerName, true, priority, sourceAssessmentId, sort);
    }

    public ActionFilter withPriority(Priority wanted) {
        return new ActionFilter(statuses, ownerUserId, ownerName, overdueOnly, wanted, sourceAssessmentId, sort);
    }

    public ActionFilter fromAssessment(long assessmentId) {
        return new ActionFilter(statuses, ownerUserId, ownerName, overdueOnly, priority, assessmentId, sort);
    }

    public ActionFilter sortedBy(ActionSort order) {
        return new ActionFilter(statuses, ownerUserId, ownerName, overdueOnly, priority, sourceAssessmentId, order);
    }
}

package ca.repere.actionplan;

import ca.repere.assessment.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the action plan pages show: read models built in one transaction, detached from JPA. */
public final class ActionPlanView {

    private ActionPlanView() {}

    /**
     * A line of the plan. {@code ownerName} is the member's display name or the free-text name;
     * {@code ownerUserId} is set only for a member. Overdue and due soon count only open actions.
     */
    public record ActionSummary(
            long id,
            String title,
            Long ownerUserId,
            String ownerName,
            LocalDate dueDate,
            Priority priority,
            ActionStatus status,
            List<CriterionRef> criteria,
            boolean overdue,
            boolean dueSoon,
            Instant lastLoggedAt,
            Long sourceAssessmentId,
            boolean editable) {}

    /**
     * The organisation's plan as filtered, with the number of actions in each status (all of
     * them, whatever the filter: the page's tabs or counters).
     */
    public record Plan(List<ActionSummary> actions, Map<ActionStatus, Integer> counts, int overdue, boolean canAdd) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A log entry: a status change ({@code from} is null for the creation) or a comment alone. */
    public record LogEntry(String userName, Instant at, ActionStatus from, ActionStatus to, String comment) {

        public boolean statusChanged() {
            return to != null;
        }
    }

    /** One action with its whole log, oldest entry first. */
    public record ActionDetail(
            ActionSummary summary,
            String description,
            String dropReason,
            long version,
            String createdByName,
            Instant createdAt,
            Instant updatedAt,
            boolean canComment,
            List<LogEntry> log) {}
}

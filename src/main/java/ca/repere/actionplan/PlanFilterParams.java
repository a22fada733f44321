package ca.repere.actionplan;

import ca.repere.assessment.Priority;
import java.util.Set;

/**
 * The plan page's filters as they come in the query string, shared by the page and its
 * downloads: {@code status} (repeatable), {@code owner} ({@code member:12} or a name),
 * {@code overdue}, {@code priority}, {@code assessment}, {@code sort}.
 */
record PlanFilterParams(
        Set<ActionStatus> status, String owner, Boolean overdue, Priority priority, Long assessment, ActionSort sort) {

    ActionFilter toFilter() {
        Long member = ActionForm.memberId(owner);
        return new ActionFilter(
                status,
                member,
                member == null ? owner : null,
                Boolean.TRUE.equals(overdue),
                priority,
                assessment,
                sort);
    }
}

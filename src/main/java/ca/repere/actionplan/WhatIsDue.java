package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.actionplan.ReviewCycles.ReviewCycle;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person's home page says is due in each organisation they belong to. */
@Service
public class WhatIsDue {

    private final ActionPlanQueries queries;
    private final ReviewCycles cycles;

    WhatIsDue(ActionPlanQueries queries, ReviewCycles cycles) {
        this.queries = queries;
        this.cycles = cycles;
    }

    /**
     * One organisation's due items: its review cycle, its overdue actions and those due for
     * follow-up, and the person's own actions that are overdue or due within 14 days.
     */
    public record Due(long organisationId, ReviewCycle cycle, int overdue, int followUpDue, List<ActionSummary> mine) {

        public boolean anything() {
            return cycle.reassessmentDue() || overdue > 0 || followUpDue > 0 || !mine.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public List<Due> forPerson(CurrentUser user) {
        return user.organisationIds().stream()
                .sorted()
                .map(organisationId -> due(user, organisationId))
                .toList();
    }

    private Due due(CurrentUser user, long organisationId) {
        ReviewCycle cycle = cycles.cycle(user, organisationId);
        List<ActionSummary> open = queries.plan(
                        user,
                        organisationId,
                        ActionFilter.all().withStatuses(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                .actions();
        return new Due(
                organisationId,
                cycle,
                (int) open.stream().filter(ActionSummary::overdue).count(),
                (int) open.stream().filter(cycle::followUpDue).count(),
                open.stream()
                        .filter(action -> user.id() == (action.ownerUserId() == null ? -1 : action.ownerUserId()))
                        .filter(action -> action.overdue() || action.dueSoon())
                        .toList());
    }
}

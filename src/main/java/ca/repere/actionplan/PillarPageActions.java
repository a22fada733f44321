package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.OpenActions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Gives the assessment module's pillar pages the open actions of each criterion. */
@Component
class PillarPageActions implements OpenActions {

    private final ActionPlanQueries queries;

    PillarPageActions(ActionPlanQueries queries) {
        this.queries = queries;
    }

    @Override
    public Map<String, List<OpenAction>> byCriterion(CurrentUser user, long organisationId, String frameworkCode) {
        Map<String, List<OpenAction>> byCode = new LinkedHashMap<>();
        queries.openActionsByCriterion(user, organisationId, frameworkCode)
                .forEach((code, actions) -> byCode.put(
                        code,
                        actions.stream()
                                .map(action -> new OpenAction(
                                        action.id(),
                                        action.title(),
                                        action.status().name(),
                                        action.dueDate(),
                                        action.overdue()))
                                .toList()));
        return byCode;
    }
}

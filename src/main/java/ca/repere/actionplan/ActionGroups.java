package ca.repere.actionplan;

import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan grouped as the framework is: pillar, then criterion, in the framework's order, each
 * group keeping the order the person chose; an action on several criteria appears under each.
 * Actions linked to no criterion (or to one the newest versions no longer have) come last.
 */
record ActionGroups(List<Group> groups, List<ActionSummary> elsewhere) {

    record Group(PillarView pillar, CriterionView criterion, List<ActionSummary> actions) {}

    static ActionGroups of(List<ActionSummary> actions, List<FrameworkVersionView> frameworks) {
        List<Group> groups = new ArrayList<>();
        List<ActionSummary> placed = new ArrayList<>();
        for (FrameworkVersionView framework : frameworks) {
            for (PillarView pillar : framework.pillars()) {
                for (CriterionView criterion : pillar.criteria()) {
                    CriterionRef ref = new CriterionRef(framework.frameworkCode(), criterion.code());
                    List<ActionSummary> on = actions.stream()
                            .filter(action -> action.criteria().contains(ref))
                            .toList();
                    if (!on.isEmpty()) {
                        groups.add(new Group(pillar, criterion, on));
                        placed.addAll(on);
                    }
                }
            }
        }
        return new ActionGroups(
                List.copyOf(groups),
                actions.stream().filter(action -> !placed.contains(action)).toList());
    }
}

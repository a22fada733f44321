package ca.repere.assessment;

import ca.repere.account.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organisation's open actions on each criterion, for the pillar pages: what the team decided
 * to do last time stays in sight while it rates the criterion again. Declared here and provided
 * by the action plan module, which builds on this one (a dependency the other way would be a
 * cycle); without a provider, pages show none.
 */
public interface OpenActions {

    /** Open actions by criterion code of this framework, whichever version they were set on. */
    Map<String, List<OpenAction>> byCriterion(CurrentUser user, long organisationId, String frameworkCode);

    /** {@code status} is the action's status name (PLANNED, IN_PROGRESS). */
    record OpenAction(long id, String title, String status, LocalDate dueDate, boolean overdue) {}
}

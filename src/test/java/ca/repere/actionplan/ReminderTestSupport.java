package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.ActionPlanService.NewAction;
import ca.repere.assessment.Priority;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Dates as the reminders see them (the platform's zone) and actions made the application's way. */
final class ReminderTestSupport {

    static final ZoneId ZONE = ZoneId.of("America/Toronto");

    private ReminderTestSupport() {}

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static long action(
            ActionPlanService service, CurrentUser by, long organisation, String title, long owner, LocalDate due) {
        return service.create(
                by, organisation, new NewAction(title, null, Set.of(), owner, null, due, Priority.NORMAL, null));
    }
}

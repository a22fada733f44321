package ca.repere.actionplan;

import static ca.repere.actionplan.ReminderTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.shared.i18n.Language;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Leads are reminded, in their language, once their organisation's re-assessment is due (a year on), not before. */
class ReassessmentReminderTest extends IntegrationTest {

    @Autowired
    ActionReminders reminders;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FrameworkLibrary frameworks;

    @Test
    void leadsAreRemindedOnceWhenTheReassessmentIsDueNotBefore() {
        long due = data.organisation();
        User frenchLead = data.user(Language.FR, Grant.leadOf(due));
        User englishLead = data.user(Language.EN, Grant.leadOf(due));
        User staff = data.user(Language.FR, Grant.staffOf(due));
        submitted(due, frenchLead, ZonedDateTime.now(ZONE).minusYears(1).minusDays(2));

        long notYet = data.organisation();
        User earlyLead = data.user(Language.FR, Grant.leadOf(notYet));
        submitted(notYet, earlyLead, ZonedDateTime.now(ZONE).minusYears(1).plusDays(3));

        long never = data.organisation();
        User newLead = data.user(Language.EN, Grant.leadOf(never));

        reminders.sendReassessmentReminders();
        reminders.sendReassessmentReminders();

        assertThat(reminders(frenchLead))
                .singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("Repère : il est temps de réévaluer Organisme-"));
        assertThat(reminders(englishLead))
                .singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("Repère: time to reassess Organisme-"));
        assertThat(reminders(staff)).isEmpty();
        assertThat(reminders(earlyLead)).isEmpty();
        assertThat(reminders(newLead)).isEmpty();
        assertThat(jdbc.sql("select body from outbox where recipient = ? and kind = 'REASSESSMENT_REMINDER'")
                        .param(englishLead.email())
                        .query(String.class)
                        .single())
                .contains("The last self-assessment of Organisme-")
                .contains("http://localhost:8080/organisations/" + due);
    }

    private List<String> reminders(User user) {
        return jdbc.sql("select subject from outbox where recipient = ? and kind = 'REASSESSMENT_REMINDER'")
                .param(user.email())
                .query(String.class)
                .list();
    }

    /** An assessment of the organisation, submitted at that time. */
    private void submitted(long organisation, User lead, ZonedDateTime at) {
        CurrentUser current = data.current(lead);
        long assessment = assessments.start(
                current,
                organisation,
                new AssessmentService.StartCommand(testFrameworkVersion(), "Bilan", Scope.FULL, Set.of(), null, false));
        jdbc.sql("update assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ? where id = ?")
                .params(at.toOffsetDateTime(), lead.id(), assessment)
                .update();
    }

    private long testFrameworkVersion() {
        return frameworks.versions(false).stream()
                .filter(version -> version.frameworkCode().equals("test-framework")
                        && version.label().equals("v1"))
                .map(FrameworkVersionSummary::id)
                .findFirst()
                .orElseThrow();
    }
}

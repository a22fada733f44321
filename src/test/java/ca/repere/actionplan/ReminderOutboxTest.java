package ca.repere.actionplan;

import static ca.repere.actionplan.ReminderTestSupport.action;
import static ca.repere.actionplan.ReminderTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/** Without a mail server (the shared test context, like the embedded default): reminders go to the log and the outbox. */
@ExtendWith(OutputCaptureExtension.class)
class ReminderOutboxTest extends IntegrationTest {

    @Autowired
    ActionReminders reminders;

    @Autowired
    ActionPlanService service;

    @Autowired
    Outbox outbox;

    @Test
    void withoutMailServerTheDigestIsLoggedAndKeptInTheOutboxOnce(CapturedOutput output) {
        long home = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(home)));
        User owner = data.user(Language.EN, Grant.staffOf(home));
        action(service, lead, home, "Update the referral list", owner.id(), today().plusDays(5));

        reminders.sendDigests();
        reminders.sendDigests();

        assertThat(jdbc.sql("""
                        select kind, period, delivery, sent_at is not null, subject, body
                        from outbox where recipient = ?
                        """)
                        .param(owner.email())
                        .query((row, number) -> List.of(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getBoolean(4),
                                row.getString(5),
                                row.getString(6)))
                        .list())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.subList(0, 5))
                            .containsExactly(
                                    "ACTION_DIGEST",
                                    ActionReminders.isoWeek(today()),
                                    "LOG",
                                    true,
                                    "Repère: your actions to follow up this week");
                    assertThat((String) row.get(5))
                            .contains("Update the referral list")
                            .contains("http://localhost:8080/organisations/" + home + "/actions");
                });
        assertThat(output.getAll()).contains(owner.email()).contains("Update the referral list");
    }

    @Test
    void adminsReadTheRecentOutboxOthersDoNot() {
        long home = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(home)));
        User owner = data.user(Language.FR, Grant.staffOf(home));
        action(service, lead, home, "Mettre à jour la liste de références", owner.id(), today());
        reminders.sendDigests();

        CurrentUser admin = data.current(data.user(Grant.admin()));
        assertThat(outbox.recent(admin, Outbox.RECENT_MAX))
                .filteredOn(entry -> entry.recipient().equals(owner.email()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.kind()).isEqualTo(MailKind.ACTION_DIGEST);
                    assertThat(entry.subject()).isEqualTo("Repère : vos actions à suivre cette semaine");
                    assertThat(entry.body()).contains("Mettre à jour la liste de références");
                    assertThat(entry.createdAt()).isNotNull();
                    assertThat(entry.sentAt()).isNotNull();
                    assertThat(entry.delivery()).isEqualTo("LOG");
                });
        assertThat(outbox.recent(admin, 1)).hasSize(1);
        assertThatThrownBy(() -> outbox.recent(lead, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theScheduledJobTakesItsShedLock() {
        reminders.weeklyDigest();

        assertThat(jdbc.sql("select count(*) from shedlock where name = 'actionplan.weekly-digest'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}

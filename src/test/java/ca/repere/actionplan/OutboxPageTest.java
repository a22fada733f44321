package ca.repere.actionplan;

import static ca.repere.actionplan.ReminderTestSupport.action;
import static ca.repere.actionplan.ReminderTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The admins' outbox page: what the reminders wrote, for admins only, user text escaped. */
class OutboxPageTest extends IntegrationTest {

    @Autowired
    ActionReminders reminders;

    @Autowired
    ActionPlanService service;

    @Test
    void adminSeesTheDigestsSentWithTheirBodyEscaped() {
        long home = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(home)));
        User owner = data.user(Language.EN, Grant.staffOf(home));
        action(service, lead, home, "Fix <script>alert('x')</script> & referrals", owner.id(), today().plusDays(3));
        reminders.sendDigests();
        User admin = data.user(Grant.admin());

        assertThat(mvc.get().uri("/admin/outbox?lang=en").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Outbox")
                .contains("Without a configured mail server")
                .contains(owner.email())
                .contains("Weekly action digest")
                .contains("Repère: your actions to follow up this week")
                .contains("Log (LOG)")
                .contains("<details>")
                .contains("<pre class=\"user-text mt-2 mb-0\">")
                .contains("Fix &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; referrals")
                .doesNotContain("<script>alert");
        assertThat(mvc.get().uri("/admin/outbox?lang=fr").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Boîte d’envoi")
                .contains("Résumé hebdomadaire des actions");
    }

    @Test
    void theAdminHomePageLinksToTheOutbox() {
        User admin = data.user(Grant.admin());
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/").with(as(admin))).bodyText().contains("href=\"/admin/outbox\"");
        assertThat(mvc.get().uri("/").with(as(staff))).bodyText().doesNotContain("/admin/outbox");
    }

    @Test
    void leadsStaffAndCoordinatorsGet403() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        for (User user : new User[] {
            data.user(Grant.leadOf(organisation)),
            data.user(Grant.staffOf(organisation)),
            data.user(Grant.coordinatorOf(network))
        }) {
            assertThat(mvc.get().uri("/admin/outbox").with(as(user)))
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyText()
                    .doesNotContain("@example.org");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/admin/outbox"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }
}

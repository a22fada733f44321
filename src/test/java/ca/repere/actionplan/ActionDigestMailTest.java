package ca.repere.actionplan;

import static ca.repere.actionplan.ReminderTestSupport.action;
import static ca.repere.actionplan.ReminderTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The weekly digest through a real SMTP server (GreenMail): who gets it, once, in which language,
 * with what. This class has its own Spring context: the shared one has no mail server.
 */
class ActionDigestMailTest extends IntegrationTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ActionReminders reminders;

    @Autowired
    ActionPlanService service;

    @Autowired
    ActionPlanQueries queries;

    @Autowired
    AccountService accounts;

    @Test
    void digestReachesTheOwnersConcernedOnceInTheirLanguageWithOnlyTheirOwnActions() throws Exception {
        long home = data.organisation();
        long other = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(home)));
        CurrentUser otherLead = data.current(data.user(Grant.leadOf(other)));
        User french = data.user(Language.FR, Grant.staffOf(home), Grant.staffOf(other));
        User english = data.user(Language.EN, Grant.staffOf(home));
        User quiet = data.user(Language.FR, Grant.staffOf(home));
        User idle = data.user(Language.EN, Grant.staffOf(home));
        accounts.setDigestEnabled(data.current(quiet), false);

        action(service, lead, home, "Former l’équipe aux nouvelles règles", french.id(), today().minusDays(3));
        action(service, otherLead, other, "Réviser le guide d’accueil", french.id(), today().plusDays(14));
        long done = action(service, lead, home, "Action déjà terminée", french.id(), today().plusDays(2));
        service.changeStatus(lead, home, done, queries.action(lead, home, done).version(), ActionStatus.DONE, null);
        action(service, lead, home, "Translate the intake form", english.id(), today().plusDays(7));
        action(service, lead, home, "Far future plan", english.id(), today().plusDays(60));
        action(service, lead, home, "Action de la personne sans résumé", quiet.id(), today().plusDays(1));
        action(service, otherLead, other, "Autre organisme, autre personne", otherLead.id(), today());

        reminders.sendDigests();

        Map<String, List<MimeMessage>> received = receivedBy(french, english, quiet, idle);
        assertThat(received.get(quiet.email())).as("digest turned off").isEmpty();
        assertThat(received.get(idle.email())).as("nothing due").isEmpty();
        assertThat(received.get(french.email())).hasSize(1);
        assertThat(received.get(english.email())).hasSize(1);

        MimeMessage toFrench = received.get(french.email()).get(0);
        assertThat(toFrench.getSubject()).isEqualTo("Repère : vos actions à suivre cette semaine");
        assertThat(toFrench.getRecipients(Message.RecipientType.TO)).hasSize(1);
        String frenchBody = body(toFrench);
        assertThat(frenchBody)
                .contains("Bonjour ")
                .contains("Former l’équipe aux nouvelles règles")
                .contains("(en retard)")
                .contains("Statut : Prévue")
                .contains("Réviser le guide d’accueil")
                .contains("http://localhost:8080/organisations/" + home + "/actions")
                .contains("http://localhost:8080/organisations/" + other + "/actions")
                .doesNotContain("Action déjà terminée")
                .doesNotContain("Translate the intake form")
                .doesNotContain("Autre organisme, autre personne");

        MimeMessage toEnglish = received.get(english.email()).get(0);
        assertThat(toEnglish.getSubject()).isEqualTo("Repère: your actions to follow up this week");
        assertThat(body(toEnglish))
                .contains("Hello ")
                .contains("Translate the intake form")
                .contains("Status: Planned")
                .contains("http://localhost:8080/organisations/" + home + "/actions")
                .doesNotContain("Far future plan")
                .doesNotContain("Former l’équipe")
                .doesNotContain("/organisations/" + other + "/");

        // A second run in the same week (a restart, another instance) sends nothing new.
        reminders.sendDigests();
        Map<String, List<MimeMessage>> again = receivedBy(french, english, quiet, idle);
        assertThat(again.get(french.email())).hasSize(1);
        assertThat(again.get(english.email())).hasSize(1);
        assertThat(again.get(quiet.email())).isEmpty();

        assertThat(jdbc.sql("select delivery, period, sent_at is not null from outbox where recipient = ?")
                        .param(french.email())
                        .query((row, number) -> List.of(row.getString(1), row.getString(2), row.getBoolean(3)))
                        .list())
                .containsExactly(List.of("SMTP", ActionReminders.isoWeek(today()), true));
    }

    @Test
    void turningTheDigestBackOnSendsItAgain() throws Exception {
        long home = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(home)));
        User owner = data.user(Language.EN, Grant.staffOf(home));
        accounts.setDigestEnabled(data.current(owner), false);
        assertThat(accounts.digestEnabled(owner.id())).isFalse();
        action(service, lead, home, "Call the board", owner.id(), today().plusDays(3));

        reminders.sendDigests();
        assertThat(receivedBy(owner).get(owner.email())).isEmpty();

        accounts.setDigestEnabled(data.current(owner), true);
        reminders.sendDigests();
        assertThat(receivedBy(owner).get(owner.email())).hasSize(1);
    }

    private Map<String, List<MimeMessage>> receivedBy(User... users) {
        MimeMessage[] all = SMTP.getReceivedMessages();
        return Arrays.stream(users)
                .collect(java.util.stream.Collectors.toMap(
                        User::email,
                        user -> Arrays.stream(all)
                                .filter(message -> addressedTo(message, user.email()))
                                .toList()));
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        assertThat(message.getContentType()).startsWith("text/plain");
        return (String) content;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

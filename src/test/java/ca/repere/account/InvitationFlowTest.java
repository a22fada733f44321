package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.shared.i18n.Language;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Invitations from the e-mail to the first login, through a real SMTP server. */
class InvitationFlowTest extends AccountMailTest {

    private static final String NEW_PASSWORD = "a long enough passphrase";

    @Test
    void adminInvitesInEnglishAndThePersonSetsTheirPasswordThenLogsInWithTheRole() throws Exception {
        long organisation = data.organisation("Welcome Centre " + System.nanoTime());
        User admin = data.user(Grant.admin());
        String email = TestData.unique("newcomer").toLowerCase() + "@example.org";

        MvcTestResult sent = invite(admin, email, "Alex Martin", "EN", "ORG_STAFF", "organisation:" + organisation);

        assertThat(sent).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/invitations");
        assertThat(sent).flash().containsEntry("flashSuccess", "account.invitation.sent");
        MimeMessage mail = mailsTo(email, 1).get(0);
        assertThat(mail.getSubject()).startsWith("Repère: invitation to join Welcome Centre ");
        assertThat(body(mail))
                .contains("Hello Alex Martin,")
                .contains("invites you to join Welcome Centre")
                .contains("Organization staff")
                .contains("it works once, until")
                .doesNotContain("Bonjour");
        String link = linkPath(mail);
        assertThat(link).startsWith("/invitations/");

        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("You are invited to join Welcome Centre")
                .contains("value=\"Alex Martin\"")
                .contains(email)
                .contains("Create my account");

        MvcTestResult accepted = mvc.post()
                .uri(link)
                .param("displayName", "Alex Martin-Roy")
                .param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(accepted).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login");
        assertThat(accepted).flash().containsEntry("flashSuccess", "invitation.accepted.login");
        assertThat(accepted).flash().containsEntry("loginEmail", email);

        MockHttpSession session = LoggedIn.as(mvc, email, NEW_PASSWORD);
        assertThat(mvc.get().uri("/organisations/{id}", organisation).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Alex Martin-Roy");
        assertThat(jdbc.sql("select preferred_language from app_user where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        assertThat(jdbc.sql("select accepted_at is not null from invitation where email = ?")
                        .param(email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        long invitation = invitationId(email);
        assertThat(jdbc.sql("""
                        select action || ' by ' || actor_name from audit_event
                        where subject_type = 'invitation' and subject_id = ? order by id
                        """).param(invitation).query(String.class).list())
                .containsExactly("invitation.sent by " + displayName(admin), "invitation.accepted by system");
        assertThat(jdbc.sql("""
                        select after_state ->> 'invitation' from audit_event
                        where action = 'user.role.granted' and subject_label like ?
                        """).param("%<" + email + ">").query(String.class).single())
                .isEqualTo(String.valueOf(invitation));
    }

    @Test
    void theInvitationIsWrittenInTheLanguageTheInviterChose() {
        long network = data.network(data.organisation());
        User admin = data.user(Language.EN, Grant.admin());
        String email = TestData.unique("coordo").toLowerCase() + "@example.org";

        invite(admin, email, "Camille Roy", "FR", "COORDINATOR", "network:" + network);

        MimeMessage mail = mailsTo(email, 1).get(0);
        assertThat(body(mail))
                .contains("Bonjour Camille Roy,")
                .contains("vous invite à rejoindre")
                .contains("Coordination de réseau")
                .doesNotContain("Hello");
        assertThat(subject(mail)).startsWith("Repère : invitation à rejoindre ");
    }

    @Test
    void onlyTheHashOfTheLinksSecretIsStored() {
        long organisation = data.organisation();
        String email = TestData.unique("hash").toLowerCase() + "@example.org";
        invite(data.user(Grant.admin()), email, "Sam", "FR", "ORG_LEAD", "organisation:" + organisation);
        String link = linkPath(mailsTo(email, 1).get(0));
        String secret = link.substring(link.indexOf('.') + 1);

        List<String> stored = jdbc.sql("select selector, encode(secret_hash, 'hex') from invitation where email = ?")
                .param(email)
                .query((row, number) -> row.getString(1) + " " + row.getString(2))
                .list();
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row).doesNotContain(secret);
            assertThat(row).doesNotContain(toHex(secret));
        });
    }

    @Test
    void aLinkWorksOnceThenSaysItWasAccepted() {
        long organisation = data.organisation();
        String email = TestData.unique("once").toLowerCase() + "@example.org";
        invite(data.user(Grant.admin()), email, "Dana", "EN", "ORG_STAFF", "organisation:" + organisation);
        String link = linkPath(mailsTo(email, 1).get(0));
        assertThat(accept(link, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This invitation was already accepted");
        assertThat(accept(link, "another passphrase here"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("already accepted");
        assertThat(LoggedIn.attempt(mvc, new MockHttpSession(), email, "another passphrase here"))
                .redirectedUrl()
                .isEqualTo("/login?error");
    }

    @Test
    void aLinkExpiresAfter72Hours() {
        long organisation = data.organisation();
        String email = TestData.unique("late").toLowerCase() + "@example.org";
        invite(data.user(Grant.admin()), email, "Eli", "EN", "ORG_STAFF", "organisation:" + organisation);
        String link = linkPath(mailsTo(email, 1).get(0));

        clock.advance(Duration.ofHours(71).plusMinutes(59));
        assertThat(mvc.get().uri(link)).hasStatusOk();

        clock.advance(Duration.ofMinutes(2));
        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This link has expired")
                .doesNotContain("Create my account");
        assertThat(accept(link, NEW_PASSWORD)).hasStatus(HttpStatus.GONE);
        assertThat(jdbc.sql("select count(*) from app_user where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void sendingAgainReplacesTheLinkAndRevokingClosesIt() {
        long organisation = data.organisation();
        User admin = data.user(Grant.admin());
        String email = TestData.unique("again").toLowerCase() + "@example.org";
        invite(admin, email, "Fred", "EN", "ORG_STAFF", "organisation:" + organisation);
        String first = linkPath(mailsTo(email, 1).get(0));
        long id = invitationId(email);

        assertThat(mvc.post()
                        .uri("/admin/invitations/{id}/resend", id)
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.invitation.resent");
        List<MimeMessage> mails = mailsTo(email, 2);
        assertThat(mails).hasSize(2);
        String second = linkPath(mails.get(1));
        assertThat(second).isNotEqualTo(first);

        assertThat(mvc.get().uri(first).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("This link is not recognized");
        assertThat(mvc.get().uri(second)).hasStatusOk();

        assertThat(mvc.post()
                        .uri("/admin/invitations/{id}/revoke", id)
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.invitation.revoked");
        assertThat(mvc.get().uri(second).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This invitation was withdrawn");
        assertThat(jdbc.sql(
                                "select action from audit_event where subject_type = 'invitation' and subject_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("invitation.sent", "invitation.sent", "invitation.revoked");
        assertThat(mvc.get().uri("/admin/invitations?status=REVOKED&lang=en").with(as(admin)))
                .bodyText()
                .contains(email)
                .contains("Revoked");
    }

    @Test
    void aPersonWithAnAccountLogsInAndAcceptsAndTheirOpenSessionGetsTheRole() {
        long organisation = data.organisation("Joined " + System.nanoTime());
        long elsewhere = data.organisation();
        User person = data.user(Language.EN, Grant.staffOf(elsewhere));
        invite(
                data.user(Grant.admin()),
                person.email(),
                "Ignored Name",
                "EN",
                "ORG_LEAD",
                "organisation:" + organisation);
        String link = linkPath(mailsTo(person.email(), 1).get(0));

        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("A Repère account already exists for " + person.email())
                .doesNotContain("Create my account");
        // Opening the accept page sends them to log in, then back.
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri(link + "/join").session(session).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        MvcTestResult login = LoggedIn.attempt(mvc, session, person.email(), TestData.PASSWORD);
        assertThat(login).redirectedUrl().endsWith(link + "/join");
        assertThat(mvc.get().uri("/organisations/{id}", organisation).session(session))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.get().uri(link + "/join").session(session).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Accept the invitation");
        assertThat(mvc.post().uri(link + "/join").session(session).with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/organisations/" + organisation);

        // The same session, without logging in again, now carries the lead role.
        assertThat(mvc.get().uri("/organisations/{id}/members", organisation).session(session))
                .hasStatusOk();
        assertThat(mvc.get().uri(link).session(session)).hasStatus(HttpStatus.GONE);
        assertThat(jdbc.sql("select display_name from app_user where id = ?")
                        .param(person.id())
                        .query(String.class)
                        .single())
                .doesNotContain("Ignored Name");
    }

    @Test
    void anotherAccountCannotAcceptSomeoneElsesInvitation() {
        long organisation = data.organisation();
        User invited = data.user(Grant.staffOf(data.organisation()));
        User intruder = data.user(Language.EN, Grant.staffOf(data.organisation()));
        invite(data.user(Grant.admin()), invited.email(), "X", "EN", "ORG_LEAD", "organisation:" + organisation);
        String link = linkPath(mailsTo(invited.email(), 1).get(0));
        MockHttpSession session = LoggedIn.as(mvc, intruder.email(), TestData.PASSWORD);

        assertThat(mvc.get().uri(link + "/join").session(session).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("This invitation is for " + invited.email())
                .doesNotContain("Accept the invitation");
        assertThat(mvc.post().uri(link + "/join").session(session).with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashError", "account.error.invitationForSomeoneElse");
        assertThat(jdbc.sql("select count(*) from membership where user_id = ? and organisation_id = ?")
                        .param(intruder.id())
                        .param(organisation)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAcceptFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
        long organisation = data.organisation();
        String email = TestData.unique("typo").toLowerCase() + "@example.org";
        invite(data.user(Grant.admin()), email, "Gil", "EN", "ORG_STAFF", "organisation:" + organisation);
        String link = linkPath(mailsTo(email, 1).get(0));

        assertThat(mvc.post()
                        .uri(link)
                        .header("Accept-Language", "en")
                        .param("displayName", "Gil Tremblay")
                        .param("password", "short")
                        .param("confirmation", "short")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("The password must have at least 12 characters.")
                .contains("value=\"Gil Tremblay\"")
                .doesNotContain("value=\"short\"");
        assertThat(mvc.post()
                        .uri(link)
                        .header("Accept-Language", "fr")
                        .param("displayName", "Gil Tremblay")
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD + "!")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Les deux mots de passe saisis ne sont pas identiques.");
        assertThat(mvc.post()
                        .uri(link)
                        .header("Accept-Language", "en")
                        .param("displayName", " ")
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("This field is required.");
        assertThat(jdbc.sql("select count(*) from app_user where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMalformedOrUnknownLinkGetsAClearPageNotAnError() {
        assertThat(mvc.get().uri("/invitations/nonsense").header("Accept-Language", "en"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("This link is not recognized");
        assertThat(mvc.get()
                        .uri("/invitations/AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .header("Accept-Language", "fr"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Ce lien n’est pas reconnu");
        assertThat(mvc.post()
                        .uri("/invitations/nonsense")
                        .param("displayName", "X")
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLeadInvitesStaffToTheirOwnOrganisationOnly() {
        long mine = data.organisation("Mine " + System.nanoTime());
        long theirs = data.organisation();
        User lead = data.user(Grant.leadOf(mine));
        String email = TestData.unique("staff").toLowerCase() + "@example.org";

        assertThat(mvc.post()
                        .uri("/organisations/{id}/members/invitations", mine)
                        .param("email", email)
                        .param("displayName", "Hana")
                        .param("language", "FR")
                        // A lead cannot make a lead, whatever the form says.
                        .param("role", "ORG_LEAD")
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/organisations/" + mine + "/members");
        MimeMessage mail = mailsTo(email, 1).get(0);
        assertThat(body(mail)).contains("Personnel de l’organisme").contains("Mine ");
        assertThat(jdbc.sql("select role, organisation_id from invitation where email = ?")
                        .param(email)
                        .query((row, number) -> row.getString(1) + " " + row.getLong(2))
                        .single())
                .isEqualTo("ORG_STAFF " + mine);

        assertThat(mvc.post()
                        .uri("/organisations/{id}/members/invitations", theirs)
                        .param("email", TestData.unique("x") + "@example.org")
                        .param("displayName", "Ian")
                        .param("language", "FR")
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult invite(User admin, String email, String name, String language, String role, String target) {
        return mvc.post()
                .uri("/admin/invitations")
                .param("email", email)
                .param("displayName", name)
                .param("language", language)
                .param("role", role)
                .param("target", target)
                .with(as(admin))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult accept(String link, String password) {
        return mvc.post()
                .uri(link)
                .header("Accept-Language", "en")
                .param("displayName", "Someone")
                .param("password", password)
                .param("confirmation", password)
                .with(csrf())
                .exchange();
    }

    private String displayName(User user) {
        return jdbc.sql("select display_name from app_user where id = ?")
                .param(user.id())
                .query(String.class)
                .single();
    }

    private long invitationId(String email) {
        return jdbc.sql("select id from invitation where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toHex(String value) {
        StringBuilder hex = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.US_ASCII)) {
            hex.append("%02x".formatted(b));
        }
        return hex.toString();
    }
}

package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.shared.i18n.Language;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** "Forgot password?" from the request to the new login, through a real SMTP server. */
class PasswordResetFlowTest extends AccountMailTest {

    private static final String NEW_PASSWORD = "une toute nouvelle phrase";

    @Test
    void theLinkArrivesInThePersonsLanguageSetsANewPasswordAndEndsEveryOpenSession() {
        User staff = data.user(Language.EN, Grant.staffOf(data.organisation()));
        MockHttpSession open = LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);
        assertThat(mvc.get().uri("/").session(open)).hasStatusOk();

        MvcTestResult asked = request(staff.email(), "10.40.0.1");
        assertThat(asked).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/password-reset/sent");

        MimeMessage mail = mailsTo(staff.email(), 1).get(0);
        assertThat(subject(mail)).isEqualTo("Repère: choose a new password");
        assertThat(body(mail))
                .contains("Hello Test ")
                .contains("it works once, for 60 minutes")
                .contains("If you did not ask for this");
        String link = linkPath(mail);
        assertThat(link).startsWith("/password-reset/");

        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a new password");
        MvcTestResult reset = choose(link, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(reset).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login");
        assertThat(reset).flash().containsEntry("flashSuccess", "passwordReset.done");

        // The session opened before the reset is over.
        assertThat(mvc.get().uri("/").session(open))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/login?expired");
        assertThat(LoggedIn.attempt(mvc, new MockHttpSession(), staff.email(), TestData.PASSWORD))
                .redirectedUrl()
                .isEqualTo("/login?error");
        LoggedIn.as(mvc, staff.email(), NEW_PASSWORD);
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'user' and subject_id = ?")
                        .param(staff.id())
                        .query(String.class)
                        .list())
                .containsExactly("user.password.reset");

        // The link worked once.
        assertThat(mvc.get().uri(link).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This link no longer works");
        assertThat(choose(link, "yet another passphrase", "yet another passphrase"))
                .hasStatus(HttpStatus.GONE);
        assertThat(jdbc.sql("select count(*) from password_reset where user_id = ? and used_at is null")
                        .param(staff.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownAddressGetsExactlyTheSameAnswerAndNoMail() throws Exception {
        User staff = data.user(Grant.staffOf(data.organisation()));
        String unknown = TestData.unique("nobody") + "@example.org";

        MvcTestResult known = request(staff.email(), "10.40.1.1");
        MvcTestResult stranger = request(unknown, "10.40.1.2");

        assertThat(stranger).hasStatus(known.getResponse().getStatus());
        assertThat(stranger).redirectedUrl().isEqualTo(known.getResponse().getRedirectedUrl());
        String knownPage = sentPage(staff.email());
        String strangerPage = sentPage(unknown);
        assertThat(strangerPage.replace(unknown, "ADDRESS")).isEqualTo(knownPage.replace(staff.email(), "ADDRESS"));
        assertThat(strangerPage).contains("If an active account exists for " + unknown);

        assertThat(mailsTo(staff.email(), 1)).hasSize(1);
        assertThat(mailsTo(unknown, 1)).isEmpty();
    }

    @Test
    void aDeactivatedAccountGetsNoLink() {
        User admin = data.user(Grant.admin());
        User staff = data.user(Grant.staffOf(data.organisation()));
        assertThat(mvc.post()
                        .uri("/admin/users/{id}/deactivate", staff.id())
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(request(staff.email(), "10.40.2.1")).redirectedUrl().isEqualTo("/password-reset/sent");
        assertThat(mailsTo(staff.email(), 1)).isEmpty();
    }

    @Test
    void theLinkExpiresAfterAnHour() {
        User staff = data.user(Language.FR, Grant.staffOf(data.organisation()));
        request(staff.email(), "10.40.3.1");
        MimeMessage mail = mailsTo(staff.email(), 1).get(0);
        assertThat(subject(mail)).isEqualTo("Repère : choisir un nouveau mot de passe");
        String link = linkPath(mail);

        clock.advance(Duration.ofMinutes(61));

        assertThat(mvc.get().uri(link).header("Accept-Language", "fr"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("Ce lien ne fonctionne plus");
        assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.GONE);
        LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);
    }

    @Test
    void theNewPasswordMustBeLongEnoughAndTypedTwiceTheSame() {
        User staff = data.user(Language.EN, Grant.staffOf(data.organisation()));
        request(staff.email(), "10.40.4.1");
        String link = linkPath(mailsTo(staff.email(), 1).get(0));

        assertThat(choose(link, "too short", "too short"))
                .hasStatusOk()
                .bodyText()
                .contains("The password must have at least 12 characters.");
        assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD + " "))
                .hasStatusOk()
                .bodyText()
                .contains("The two passwords typed are not the same.");
        // 40 two-byte letters: 80 bytes, more than bcrypt reads.
        String tooLong = "é".repeat(40);
        assertThat(choose(link, tooLong, tooLong)).hasStatusOk().bodyText().contains("The password is too long");
        // Nothing was used up by the mistakes.
        assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void askingTooOftenForOneAddressIsThrottledWhetherItHasAnAccountOrNot() {
        String unknown = TestData.unique("guess") + "@example.org";
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(request(unknown, "10.41.0." + attempt)).redirectedUrl().isEqualTo("/password-reset/sent");
        }

        assertThat(request(unknown, "10.41.0.99"))
                .hasStatusOk()
                .bodyText()
                .contains("Too many requests for this address or from your connection.");

        clock.advance(Duration.ofMinutes(61));
        assertThat(request(unknown, "10.41.0.100")).redirectedUrl().isEqualTo("/password-reset/sent");
    }

    @Test
    void oneClientAskingForManyAddressesIsThrottled() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            request(TestData.unique("spray" + attempt) + "@example.org", "10.42.0.1");
        }

        assertThat(request(TestData.unique("spray") + "@example.org", "10.42.0.1"))
                .hasStatusOk()
                .bodyText()
                .contains("Too many requests");
    }

    @Test
    void aBadAddressIsSaidSoAndTheFormKeepsIt() {
        assertThat(request("not an address", "10.43.0.1"))
                .hasStatusOk()
                .bodyText()
                .contains("Enter a valid e-mail address.")
                .contains("value=\"not an address\"");
    }

    @Test
    void theLoginPageLinksToTheResetAndTheResetPagesArePublicInBothLanguages() {
        assertThat(mvc.get().uri("/login?lang=fr"))
                .bodyText()
                .contains("href=\"/password-reset\"")
                .contains("Mot de passe oublié ?");
        assertThat(mvc.get().uri("/password-reset?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Forgot your password")
                .contains("Send me the link");
        assertThat(mvc.get().uri("/password-reset?lang=fr"))
                .hasStatusOk()
                .bodyText()
                .contains("Recevoir le lien");
        assertThat(mvc.get().uri("/password-reset/nonsense?lang=en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This link no longer works");
    }

    @Test
    void aNewLinkLeavesEarlierOnesWorkingUntilOneIsUsed() {
        User staff = data.user(Language.EN, Grant.staffOf(data.organisation()));
        request(staff.email(), "10.44.0.1");
        request(staff.email(), "10.44.0.2");
        List<MimeMessage> mails = mailsTo(staff.email(), 2);
        assertThat(mails).hasSize(2);
        String first = linkPath(mails.get(0));
        String second = linkPath(mails.get(1));

        assertThat(choose(second, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri(first)).hasStatus(HttpStatus.GONE);
    }

    private MvcTestResult request(String email, String address) {
        return mvc.post()
                .uri("/password-reset")
                .header("Accept-Language", "en")
                .param("email", email)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .exchange();
    }

    private String sentPage(String email) throws java.io.UnsupportedEncodingException {
        String body = mvc.get()
                .uri("/password-reset/sent")
                .header("Accept-Language", "en")
                .flashAttr("sentTo", email)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // The CSRF token of the logout form differs per request; nothing else may.
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private MvcTestResult choose(String link, String password, String confirmation) {
        return mvc.post()
                .uri(link)
                .header("Accept-Language", "en")
                .param("password", password)
                .param("confirmation", confirmation)
                .with(csrf())
                .exchange();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

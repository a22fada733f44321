package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.shared.i18n.Language;
import ca.repere.shared.i18n.LanguageResolver;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * "My account": each signed-in person's name, language, password and e-mail preferences. The old
 * address of "My preferences" still leads there.
 */
class MyAccountPageTest extends IntegrationTest {

    private static final String NEW_PASSWORD = "my brand new passphrase";

    @Autowired
    AccountService accounts;

    @Test
    void thePageRendersInFrenchAndEnglishWithTheBoxChecked() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/account?lang=fr").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Mon compte")
                .contains(staff.email())
                .contains("Nom affiché")
                .contains("Mot de passe actuel")
                .contains("M’envoyer chaque semaine le courriel de mes actions en retard ou bientôt échues")
                .contains("name=\"_csrf\"")
                .containsPattern("id=\"digestEnabled\"[^>]*checked")
                .contains("aria-current=\"page\"");
        assertThat(mvc.get().uri("/account?lang=en").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("My account")
                .contains("Display name")
                .contains("Current password")
                .contains("At least 12 characters.")
                .contains("Send me the weekly e-mail of my overdue and soon-due actions")
                .doesNotContain("Mon compte");
    }

    @Test
    void theOldPreferencesAddressLeadsToMyAccount() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/account/preferences").with(as(staff)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account");
    }

    @Test
    void everyPageLinksToMyAccountOfTheSignedInUser() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/").with(as(staff))).hasStatusOk().bodyText().contains("href=\"/account\"");
        assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("href=\"/account\"");
    }

    @Test
    void savingOffThenOnChangesOnlyTheSignedInUsersDigest() {
        long organisation = data.organisation();
        User staff = data.user(Grant.staffOf(organisation));
        User colleague = data.user(Grant.staffOf(organisation));
        assertThat(accounts.digestEnabled(staff.id())).isTrue();

        // An unchecked box sends no parameter at all.
        MvcTestResult off = mvc.post()
                .uri("/account/preferences")
                .with(as(staff))
                .with(csrf())
                .exchange();
        assertThat(off).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
        assertThat(off).flash().containsEntry("flashSuccess", "preferences.saved");
        assertThat(accounts.digestEnabled(staff.id())).isFalse();
        assertThat(accounts.digestEnabled(colleague.id())).isTrue();
        assertThat(mvc.get().uri("/account?lang=en").with(as(staff)))
                .bodyText()
                .doesNotContainPattern("id=\"digestEnabled\"[^>]*checked");

        MvcTestResult on = mvc.post()
                .uri("/account/preferences")
                .param("digestEnabled", "true")
                .with(as(staff))
                .with(csrf())
                .exchange();
        assertThat(on).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
        assertThat(accounts.digestEnabled(staff.id())).isTrue();
        assertThat(accounts.digestEnabled(colleague.id())).isTrue();
    }

    @Test
    void theFlashMessageShowsAfterSaving() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/account?lang=en").with(as(staff)).flashAttr("flashSuccess", "preferences.saved"))
                .bodyText()
                .contains("Preferences saved.");
    }

    @Test
    void withoutCsrfTokenNothingChanges() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.post().uri("/account/preferences").with(as(staff))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.digestEnabled(staff.id())).isTrue();
    }

    @Test
    void nameAndLanguageAreSavedAndTheOpenSessionShowsTheNewName() {
        User staff = data.user(Language.FR, Grant.staffOf(data.organisation()));
        MockHttpSession session = LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);

        MvcTestResult saved = mvc.post()
                .uri("/account/profile")
                .param("displayName", "  Zoé Nouvelle  ")
                .param("language", "EN")
                .session(session)
                .with(csrf())
                .exchange();

        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
        assertThat(saved).flash().containsEntry("flashSuccess", "account.profile.saved");
        assertThat(saved.getResponse().getCookie(LanguageResolver.COOKIE))
                .isNotNull()
                .satisfies(cookie -> assertThat(cookie.getValue()).isEqualTo("en"));
        assertThat(jdbc.sql("select display_name || ' ' || preferred_language from app_user where id = ?")
                        .param(staff.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Zoé Nouvelle en");
        assertThat(mvc.get().uri("/").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("<span class=\"navbar-text me-md-2 current-user\">Zoé Nouvelle</span>");
    }

    @Test
    void aBlankNameIsRefusedAndNothingChanges() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.post()
                        .uri("/account/profile")
                        .header("Accept-Language", "en")
                        .param("displayName", "   ")
                        .param("language", "EN")
                        .with(as(staff))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("This field is required.");
        assertThat(mvc.post()
                        .uri("/account/profile")
                        .header("Accept-Language", "en")
                        .param("displayName", "x".repeat(121))
                        .param("language", "EN")
                        .with(as(staff))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Text too long: 120 characters at most.")
                .contains("x".repeat(121));
        assertThat(jdbc.sql("select display_name from app_user where id = ?")
                        .param(staff.id())
                        .query(String.class)
                        .single())
                .startsWith("Test ");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(changePassword(staff, "not my password", NEW_PASSWORD, NEW_PASSWORD))
                .hasStatusOk()
                .bodyText()
                .contains("The current password is incorrect.")
                .doesNotContain("value=\"" + NEW_PASSWORD + "\"")
                .doesNotContain("value=\"not my password\"");
        assertThat(jdbc.sql("select count(*) from login_failure where kind = 'ACCOUNT' and key = ?")
                        .param(staff.email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);
    }

    @Test
    void theNewPasswordMustBeLongEnoughAndConfirmed() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(changePassword(staff, TestData.PASSWORD, "short", "short"))
                .hasStatusOk()
                .bodyText()
                .contains("The password must have at least 12 characters.");
        assertThat(changePassword(staff, TestData.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "?"))
                .hasStatusOk()
                .bodyText()
                .contains("The two passwords typed are not the same.");
        assertThat(changePassword(staff, "", NEW_PASSWORD, NEW_PASSWORD))
                .hasStatusOk()
                .bodyText()
                .contains("This field is required.");
        LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotThisOne() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        MockHttpSession here = LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);
        MockHttpSession elsewhere = LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);

        MvcTestResult changed = mvc.post()
                .uri("/account/password")
                .param("currentPassword", TestData.PASSWORD)
                .param("newPassword", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)
                .session(here)
                .with(csrf())
                .exchange();

        assertThat(changed).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
        assertThat(changed).flash().containsEntry("flashSuccess", "account.password.saved");
        assertThat(mvc.get().uri("/account").session(here)).hasStatusOk();
        assertThat(mvc.get().uri("/account").session(elsewhere))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/login?expired");
        assertThat(LoggedIn.attempt(mvc, new MockHttpSession(), staff.email(), TestData.PASSWORD))
                .redirectedUrl()
                .isEqualTo("/login?error");
        LoggedIn.as(mvc, staff.email(), NEW_PASSWORD);
    }

    private MvcTestResult changePassword(User user, String current, String password, String confirmation) {
        return mvc.post()
                .uri("/account/password")
                .header("Accept-Language", "en")
                .param("currentPassword", current)
                .param("newPassword", password)
                .param("confirmation", confirmation)
                .with(as(user))
                .with(csrf())
                .exchange();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/account"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.post().uri("/account/profile").with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.post().uri("/account/password").with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/account/preferences"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.post().uri("/account/preferences").with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }
}

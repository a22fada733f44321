package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Each signed-in person turns their own weekly digest on or off. */
class PreferencesPageTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Test
    void thePageRendersInFrenchAndEnglishWithTheBoxChecked() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/account/preferences?lang=fr").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Mes préférences")
                .contains("M’envoyer chaque semaine le courriel de mes actions en retard ou bientôt échues")
                .contains("name=\"_csrf\"")
                .containsPattern("id=\"digestEnabled\"[^>]*checked")
                .contains("aria-current=\"page\"");
        assertThat(mvc.get().uri("/account/preferences?lang=en").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("My preferences")
                .contains("Send me the weekly e-mail of my overdue and soon-due actions")
                .doesNotContain("Mes préférences");
    }

    @Test
    void everyPageLinksToThePreferencesOfTheSignedInUser() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/account/preferences\"");
        assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("/account/preferences");
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
        assertThat(off).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/preferences");
        assertThat(off).flash().containsEntry("flashSuccess", "preferences.saved");
        assertThat(accounts.digestEnabled(staff.id())).isFalse();
        assertThat(accounts.digestEnabled(colleague.id())).isTrue();
        assertThat(mvc.get().uri("/account/preferences?lang=en").with(as(staff)))
                .bodyText()
                .doesNotContainPattern("id=\"digestEnabled\"[^>]*checked");

        MvcTestResult on = mvc.post()
                .uri("/account/preferences")
                .param("digestEnabled", "true")
                .with(as(staff))
                .with(csrf())
                .exchange();
        assertThat(on).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/preferences");
        assertThat(accounts.digestEnabled(staff.id())).isTrue();
        assertThat(accounts.digestEnabled(colleague.id())).isTrue();
    }

    @Test
    void theFlashMessageShowsAfterSaving() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get()
                        .uri("/account/preferences?lang=en")
                        .with(as(staff))
                        .flashAttr("flashSuccess", "preferences.saved"))
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
    void anonymousVisitorsAreSentToTheLoginPage() {
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

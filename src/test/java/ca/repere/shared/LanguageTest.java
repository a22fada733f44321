package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.shared.i18n.LanguageResolver;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class LanguageTest extends IntegrationTest {

    @Test
    void frenchIsTheDefaultWithoutCookieOrBrowserPreference() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"fr\"")
                .contains("Connexion")
                .contains("href=\"/login?lang=en\"");
    }

    @Test
    void browserLanguageIsUsedUntilTheUserChooses() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "en-CA,en;q=0.9"))
                .bodyText()
                .contains("<html lang=\"en\"")
                .contains("Log in");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE,de;q=0.9"))
                .bodyText()
                .contains("<html lang=\"fr\"");
    }

    @Test
    void switchingWithLangParameterShowsThePageInThatLanguageAndRemembersItInACookie() {
        MvcTestResult switched = mvc.get().uri("/login?lang=en").exchange();

        assertThat(switched).bodyText().contains("<html lang=\"en\"").contains("E-mail address");
        assertThat(switched).cookies().hasValue(LanguageResolver.COOKIE, "en");
        Cookie remembered = switched.getMvcResult().getResponse().getCookie(LanguageResolver.COOKIE);
        assertThat(remembered.isHttpOnly()).isTrue();
        assertThat(remembered.getMaxAge()).isPositive();

        assertThat(mvc.get().uri("/login").cookie(new Cookie(LanguageResolver.COOKIE, "en")))
                .bodyText()
                .contains("<html lang=\"en\"");
    }

    @Test
    void unsupportedLanguageIsIgnored() {
        MvcTestResult result = mvc.get()
                .uri("/login?lang=de")
                .cookie(new Cookie(LanguageResolver.COOKIE, "en"))
                .exchange();

        assertThat(result).bodyText().contains("<html lang=\"en\"");
        assertThat(result).cookies().doesNotContainCookie(LanguageResolver.COOKIE);
    }

    @Test
    void languageSwitchLinkKeepsThePageAndItsOtherParameters() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/frameworks?sort=name&lang=fr").with(as(staff)))
                .bodyText()
                .contains("href=\"/frameworks?sort=name&amp;lang=en\"");
    }

    @Test
    void switchingWhileLoggedInBecomesThePreferenceAppliedAtTheNextLogin() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        mvc.get().uri("/?lang=en").with(as(staff)).exchange();

        assertThat(jdbc.sql("select preferred_language from app_user where id = ?")
                        .param(staff.id())
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        MvcTestResult login = mvc.post()
                .uri("/login")
                .param("email", staff.email())
                .param("password", TestData.PASSWORD)
                .cookie(new Cookie(LanguageResolver.COOKIE, "fr"))
                .with(csrf())
                .exchange();
        assertThat(login).cookies().hasValue(LanguageResolver.COOKIE, "en");
    }

    @Test
    void frameworkTextsFollowTheLanguage() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        long version = jdbc.sql(
                        "select v.id from framework_version v join framework f on f.id = v.framework_id where f.code = 'ccr-cleo-2021'")
                .query(Long.class)
                .single();

        assertThat(mvc.get().uri("/frameworks/{id}?lang=fr", version).with(as(staff)))
                .bodyText()
                .contains("Principes éthiques")
                .contains("Ceci est réalisé par")
                .doesNotContain("Ethical principles");
        assertThat(mvc.get().uri("/frameworks/{id}?lang=en", version).with(as(staff)))
                .bodyText()
                .contains("Ethical principles")
                .contains("This is achieved by")
                .doesNotContain("Principes éthiques");
    }
}

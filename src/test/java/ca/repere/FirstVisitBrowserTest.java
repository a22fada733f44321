package ca.repere;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A new user's first visit, in a real browser: login, language, framework browser, logout. */
class FirstVisitBrowserTest extends BrowserTest {

    private static final String FRAMEWORK_EN = "Proposed Framework for High-Quality Immigration and Refugee Services";

    @Test
    void newLeadLogsInSwitchesToEnglishAndReadsTheWholeFramework() {
        String organisation = TestData.unique("Centre d’accueil");
        User lead = data.user(Grant.leadOf(data.organisation(organisation)));

        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(heading("Connexion")).isVisible();
        screenshot(page, "login");

        login(page, lead.email(), TestData.PASSWORD);
        assertThat(page).hasURL(at("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(heading("Mes organismes")).isVisible();
        assertThat(page.locator("section[aria-labelledby=my-organisations]")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(organisation)))
                .isVisible();
        screenshot(page, "home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page).hasURL(at("/\\?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading("My organizations")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(organisation)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")))
                .isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Frameworks"))
                .click();
        assertThat(page).hasURL(baseUrl() + "/frameworks");
        assertThat(heading("Frameworks")).isVisible();
        screenshot(page, "framework-list");

        // Other tests publish further versions of the same framework in the shared database: the shipped one.
        page.locator("a[href='/frameworks/" + testFrameworks.ccrCleo().id() + "']")
                .filter(new Locator.FilterOptions().setHasText(FRAMEWORK_EN))
                .click();
        assertThat(page).hasURL(Pattern.compile("/frameworks/\\d+$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText(FRAMEWORK_EN);
        assertThat(page.locator("section.pillar > h2")).hasText(new String[] {
            "1. Ethical principles",
            "2. Scope of services",
            "3. Relevant knowledge and skills",
            "4. Monitoring / evaluation"
        });
        assertThat(page.locator(".criterion")).hasCount(19);
        assertThat(page.locator(".pillar-outcome")).containsText(new String[] {
            "The organization is committed to upholding ethical principles",
            "understand and respect the scope of the assistance they will provide",
            "have the relevant knowledge and skills",
            "periodically reviews its services and responds promptly"
        });
        assertThat(heading("Rating scale")).isVisible();
        assertThat(page.locator("section[aria-labelledby=rating-scale] tbody th"))
                .hasText(new String[] {"Not in place", "Planned", "Partly in place", "In place", "Embedded and reviewed"
                });
        screenshot(page, "framework-version");

        page.setViewportSize(375, 800);
        screenshot(page, "framework-version-phone");
        page.setViewportSize(320, 800);
        assertNoHorizontalScroll(page);

        page.navigate("/");
        page.setViewportSize(375, 800);
        screenshot(page, "home-phone");
        page.setViewportSize(320, 800);
        assertNoHorizontalScroll(page);
        page.navigate("/frameworks");
        assertNoHorizontalScroll(page);
    }

    @Test
    void loginPageFitsAPhoneWithoutScrollingSideways() {
        page.setViewportSize(320, 800);
        page.navigate("/login");
        assertThat(page.locator("#email")).isVisible();
        assertNoHorizontalScroll(page);
    }

    @Test
    void wrongPasswordKeepsTheEmailAndFocusesTheErrorSummary() {
        User user = data.user(Grant.staffOf(data.organisation()));

        login(page, user.email(), "not the password");

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        Locator summary = page.locator("[data-error-summary]");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Il y a un problème");
        assertThat(summary).containsText("Adresse courriel ou mot de passe incorrect.");
        assertThat(summary).isFocused();
        assertThat(page.locator("#email")).hasValue(user.email());
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#password")).hasValue("");
        screenshot(page, "login-error");
    }

    @Test
    void wrongPasswordIsReportedInEnglishOnTheEnglishLoginPage() {
        User user = data.user(Grant.staffOf(data.organisation()));
        page.navigate("/login?lang=en");

        login(page, user.email(), "not the password");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("[data-error-summary]")).containsText("Incorrect e-mail address or password.");
        assertThat(page.locator("[data-error-summary]")).isFocused();
    }

    @Test
    void loggingOutReturnsToTheLoginPageWithTheLoggedOutMessage() {
        User user = data.user(Grant.staffOf(data.organisation()));
        login(page, user.email(), TestData.PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/");

        page.locator("header")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se déconnecter"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vous êtes déconnecté.");
        assertThat(page.locator("#password")).isVisible();
        // The session is really gone: a protected page sends back to the login page.
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void languageChosenWhileLoggedInIsAppliedAtTheNextLoginFromAnotherBrowser() {
        User user = data.user(Grant.staffOf(data.organisation()));
        login(page, user.email(), TestData.PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are logged out.");

        Page elsewhere = newContext(DEFAULT_LOCALE).newPage();
        elsewhere.navigate("/login");
        // Nothing of the first browser here: the login page follows this browser's French locale.
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "fr");
        login(elsewhere, user.email(), TestData.PASSWORD);

        assertThat(elsewhere).hasURL(baseUrl() + "/");
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "en");
        assertThat(elsewhere.locator("h1")).hasText(Pattern.compile("^Hello, "));
        elsewhere.navigate("/frameworks");
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "en");
        assertThat(elsewhere.locator("h1")).hasText("Frameworks");
    }

    /** This server's page whose path and query match {@code regex}; Playwright runs it as a JavaScript regex. */
    private Pattern at(String regex) {
        return Pattern.compile("^" + baseUrl().replace(".", "\\.") + regex + "$");
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

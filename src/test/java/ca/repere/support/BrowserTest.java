package ca.repere.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that drive the application in a real Chromium, against the same server (and
 * Spring context) as every other {@link IntegrationTest}. One browser per test class keeps the
 * suite fast; every test gets its own context (cookies, storage) so that tests never share a
 * session or a language choice.
 */
public abstract class BrowserTest extends IntegrationTest {

    protected static final int DESKTOP_WIDTH = 1280;
    protected static final int DESKTOP_HEIGHT = 900;
    protected static final String DEFAULT_LOCALE = "fr-CA";

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** The page of this test's default context: desktop size, French-Canadian browser. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Chromium at " + CHROMIUM + " (apt-get install -y chromium)";
            // On CI a missing browser must not turn into a green build that tested nothing.
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.assumeTrue(false, message + "; skipped on this machine");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        page = newContext(DEFAULT_LOCALE).newPage();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /**
     * A fresh browser context, as another browser or another person would be: no cookies, the
     * given locale (which sets Accept-Language), desktop size. Closed after the test.
     */
    protected BrowserContext newContext(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale(locale)
                .setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
        contexts.add(context);
        return context;
    }

    /** Logs in through the login page (opening it first unless the page is already there). */
    protected void login(Page page, String email, String password) {
        if (!page.url().startsWith(baseUrl() + "/login")) {
            page.navigate("/login");
        }
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form:has(#password) button[type=submit]").click();
        page.waitForLoadState();
    }

    /** Saves a full-page PNG to {@code target/screenshots/<name>.png}, for people to look at. */
    protected Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        // A click returns once the next page commits; wait for its stylesheets before the picture.
        page.waitForLoadState(LoadState.LOAD);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Fails if the page, at its current viewport width, scrolls sideways. */
    protected void assertNoHorizontalScroll(Page page) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as(
                        "%s scrolls sideways: scrollWidth %s > innerWidth %s",
                        page.url(),
                        page.evaluate("() => document.documentElement.scrollWidth"),
                        page.evaluate("() => window.innerWidth"))
                .isEqualTo(true);
    }

    /**
     * Makes axe-core (Deque's bundled copy: no network) part of every page this context opens, so
     * that {@link #accessibilityViolations} need not send its half-megabyte script for each page.
     */
    protected static void withAxe(BrowserContext context) {
        context.addInitScript(axeScript());
    }

    /**
     * What axe-core finds on the page as it is now, for the given tags (such as {@code wcag21aa})
     * and impacts: one line per rule, with its impact, what it asks and the CSS selectors of every
     * element concerned, so that the fix is obvious. Only violations come back from the browser.
     */
    protected static List<String> accessibilityViolations(Page page, List<String> tags, Set<String> impacts) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(axeScript());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                    .then(results => results.violations.map(rule => ({
                        id: rule.id, impact: rule.impact, help: rule.help,
                        targets: rule.nodes.map(node => node.target.join(' ')).join(', ')})))
                """, tags);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> rule : violations) {
            if (impacts.contains(String.valueOf(rule.get("impact")))) {
                found.add("%s (%s): %s at [%s]"
                        .formatted(rule.get("id"), rule.get("impact"), rule.get("help"), rule.get("targets")));
            }
        }
        return found;
    }

    private static String axeScript;

    private static synchronized String axeScript() {
        if (axeScript == null) {
            axeScript = AxeBuilder.getAxeScript();
        }
        return axeScript;
    }
}

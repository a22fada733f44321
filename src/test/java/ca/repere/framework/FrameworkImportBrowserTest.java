package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The import page in a real browser, in both languages, at desktop and phone widths; screenshots for people. */
class FrameworkImportBrowserTest extends BrowserTest {

    private static final String IMPORT = "/admin/frameworks/import";

    @Test
    void badFileShowsEveryProblemFirstInFrench() {
        User admin = data.user(Grant.admin());
        login(page, admin.email(), TestData.PASSWORD);
        int versions = versionCount();

        upload(page, "missing-english.yaml", sample("missing-english.yaml"));

        assertThat(page.locator(".import-problems tbody tr").count()).isEqualTo(6);
        assertThat(page.locator("[data-error-summary] h2").textContent())
                .isEqualTo("Le fichier missing-english.yaml n’a pas été importé : 6 problèmes");
        assertThat(page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')"))
                .as("the list of problems takes the focus")
                .isEqualTo(true);
        assertThat(page.locator("#file").evaluate("input => input.files.length"))
                .isEqualTo(0);
        screenshot(page, "framework-import-problems-fr");
        page.setViewportSize(390, 844);
        assertNoHorizontalScroll(page);
        screenshot(page, "framework-import-problems-fr-phone");
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void badFileShowsEveryProblemInEnglish() {
        User admin = data.user(Language.EN, Grant.admin());
        Page english = newContext("en-CA").newPage();
        login(english, admin.email(), TestData.PASSWORD);

        upload(english, "wrong-types.yaml", sample("wrong-types.yaml"));

        assertThat(english.locator(".import-problems tbody tr").count()).isEqualTo(7);
        assertThat(english.locator(".import-problems").textContent())
                .contains("pillars[0].code")
                .contains("This must be a text; put it in quotes");
        screenshot(english, "framework-import-problems-en");
    }

    @Test
    void goodFileIsImportedAndThePageSaysWhatItBecame() {
        User admin = data.user(Language.EN, Grant.admin());
        Page english = newContext("en-CA").newPage();
        login(english, admin.email(), TestData.PASSWORD);
        String code = TestData.unique("browser").toLowerCase();
        String file = new String(sample("minimal.yaml"), StandardCharsets.UTF_8)
                .replace("code: minimal-sample", "code: " + code);

        upload(english, "minimal.yaml", file.getBytes(StandardCharsets.UTF_8));

        assertThat(english.locator(".alert-success").textContent())
                .contains("New framework imported")
                .contains("Minimal sample, version 1 (Draft)");
        screenshot(english, "framework-import-done-en");
        english.locator(".alert-success a", new Page.LocatorOptions().setHasText("Review and edit the draft"))
                .click();
        assertThat(english.url()).matches(".*/admin/frameworks/versions/\\d+$");
        assertThat(english.locator("main").textContent()).contains("Minimal sample");
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeItIsSent() {
        User admin = data.user(Grant.admin());
        login(page, admin.email(), TestData.PASSWORD);
        page.navigate(IMPORT);

        page.locator("#file").setInputFiles(new FilePayload("big.yaml", "application/yaml", new byte[1_100_000]));

        assertThat(page.locator("#file-too-large").isVisible()).isTrue();
        assertThat(page.locator("#file-too-large").textContent()).contains("dépasse la taille permise");
        page.locator("form[enctype] button[type=submit]").click();
        assertThat(page.url()).endsWith(IMPORT);
        assertThat(page.locator(".import-problems").count()).isZero();
    }

    /** Not this module's page, but the one a second framework changes most: it lists every framework's pillars. */
    @Test
    void startPageListsThePillarsOfBothShippedFrameworksForATargetedReview() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        login(page, lead.email(), TestData.PASSWORD);

        page.navigate("/organisations/" + organisation + "/assessments/new");
        page.getByLabel("Examen ciblé de certains piliers").check();

        assertThat(page.locator(".targeted-options legend").allTextContents())
                .anySatisfy(legend -> assertThat(legend).contains("Cadre proposé"))
                .anySatisfy(legend -> assertThat(legend).contains("Pratiques prometteuses"));
        // Other tests may have imported copies of these frameworks: look at the shipped version's own list.
        assertThat(page.locator(".targeted-options fieldset:has(legend:has-text('version 2021-06'))")
                        .getByLabel("10. Preuves solides de résultats concluants")
                        .isVisible())
                .isTrue();
        screenshot(page, "assessment-start-two-frameworks");
    }

    private void upload(Page page, String name, byte[] content) {
        page.navigate(IMPORT);
        page.locator("#file").setInputFiles(new FilePayload(name, "application/yaml", content));
        page.locator("form[enctype] button[type=submit]").click();
        page.waitForLoadState();
    }

    private static byte[] sample(String name) {
        return java.util.stream.Stream.concat(FrameworkFileSamples.good(), FrameworkFileSamples.bad())
                .filter(sample -> sample.name().equals(name))
                .findFirst()
                .orElseThrow()
                .content();
    }

    private int versionCount() {
        return jdbc.sql("select count(*) from framework_version")
                .query(Integer.class)
                .single();
    }
}

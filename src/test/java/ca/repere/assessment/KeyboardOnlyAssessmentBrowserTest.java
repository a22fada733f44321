package ca.repere.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A whole CCR/CLEO self-assessment with the keyboard alone: log in, start it from the home page,
 * scope it (one criterion not applicable, first without its reason), rate every criterion of the
 * four pillars, submit, open the report. Only key presses and typing: no click, no fill. Every
 * element the Tab key reaches must show where the focus is, and a refused form must put the focus
 * on its error summary, whose links lead to the field in error.
 */
class KeyboardOnlyAssessmentBrowserTest extends BrowserTest {

    /** Tab presses allowed to reach an element: a pillar page has about forty stops. */
    private static final int MAX_TABS = 200;

    private final List<String> focusOrder = new ArrayList<>();

    @Test
    void leadCompletesAWholeSelfAssessmentWithTheKeyboardOnly() {
        long organisation = data.organisation();
        User lead = data.user(Language.FR, Grant.leadOf(organisation));
        String label = TestData.unique("Bilan clavier");
        long ccrCleo = testFrameworks.ccrCleo().id();

        logInWithTheKeyboard(lead);

        // The first Tab stop skips the header, and its target takes the focus.
        tabTo("a.skip-link[href='#main']");
        assertThat(focusOrder).as("the skip link is the first stop").hasSize(1);
        press("Enter");
        assertThat(focused("main#main"))
                .as("Enter on the skip link, focus on %s", describeFocus())
                .isTrue();

        // Home → the organisation's assessments → start one.
        tabTo("a[href='/organisations/" + organisation + "/assessments']");
        enterAndLoad();
        tabTo("a[href='/organisations/" + organisation + "/assessments/new']");
        enterAndLoad();
        assertThat(page).hasURL(Pattern.compile("/assessments/new$"));

        // The framework is a radio group: one Tab stop, arrows move the choice.
        tabTo("input[type=radio][name=frameworkVersionId]");
        press("Space");
        for (int i = 0; i < 20 && !focused("input[value='" + ccrCleo + "']:checked"); i++) {
            press("ArrowDown");
        }
        assertThat(focused("input[value='" + ccrCleo + "']:checked"))
                .as("the CCR/CLEO version chosen with the arrows")
                .isTrue();
        tabTo("#label");
        page.keyboard().type(label);
        submitTheForm();

        // Context: nothing to change.
        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+/context$"));
        submitTheForm();

        // Scope: criterion 1.1 does not apply, at first without saying why.
        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+/scope$"));
        tabTo("input[type=checkbox][id='criteria0.notApplicable']");
        press("Space");
        submitTheForm();
        errorSummaryHasTheFocusAndLeadsTo("criteria0.reason");
        page.keyboard().type("Nous n’offrons pas ce service nous-mêmes.");
        submitTheForm();

        // Task list → pillar 1, then every pillar in turn, each criterion rated with Space and arrows.
        tabTo("a[href$='/pillars/1']");
        enterAndLoad();
        for (String pillar : List.of("1", "2", "3", "4")) {
            assertThat(page).hasURL(Pattern.compile("/pillars/" + pillar + "$"));
            int rated = rateEveryCriterionOfThePage();
            assertThat(rated).as("criteria rated on pillar %s", pillar).isPositive();
            tabTo("main button[name=then][value=next]");
            enterAndLoad();
        }

        // The review page, the confirmation, the task list, the report.
        tabTo("main a[href$='/submit']");
        enterAndLoad();
        submitTheForm();
        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+$"));
        tabTo("main a[href$='/report']");
        enterAndLoad();
        assertThat(page).hasURL(Pattern.compile("/report$"));
        assertThat(page.locator("h1")).containsText(label);
        assertThat(jdbc.sql("select status from assessment where label = ?")
                        .param(label)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void refusedScopeMovesTheFocusToItsErrorSummaryInEitherLanguage(Language language) {
        long organisation = data.organisation();
        User lead = data.user(language, Grant.leadOf(organisation));
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of());
        page = newContext(language == Language.FR ? "fr-CA" : "en-CA").newPage();

        logInWithTheKeyboard(lead);
        page.navigate("/organisations/" + organisation + "/assessments/" + assessment + "/scope");
        tabTo("input[type=checkbox][id='criteria2.notApplicable']");
        press("Space");
        submitTheForm();

        errorSummaryHasTheFocusAndLeadsTo("criteria2.reason");
        assertThat(page.locator("[data-error-summary] h2"))
                .hasText(language == Language.FR ? "Il y a un problème" : "There is a problem");
    }

    // ---------------------------------------------------------------------------------------------

    private void logInWithTheKeyboard(User user) {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        tabTo("#email");
        page.keyboard().type(user.email());
        tabTo("#password");
        page.keyboard().type(TestData.PASSWORD);
        enterAndLoad();
        assertThat(page).hasURL(baseUrl() + "/");
    }

    /**
     * Tabs through the pillar page: each rating group met (one Tab stop) gets Space, which chooses
     * its first level, and an arrow to the next level. Stops on the "save and continue" button.
     */
    private int rateEveryCriterionOfThePage() {
        int rated = 0;
        String lastGroup = null;
        for (int i = 0; i < MAX_TABS; i++) {
            press("Tab");
            assertFocusVisible();
            if (focused("main button[name=then][value=next]")) {
                // Back one stop, so that tabTo finds the button the way every other step does.
                press("Shift+Tab");
                return rated;
            }
            String group = (String) page.evaluate("() => document.activeElement.matches('input[type=radio]')"
                    + " && document.activeElement.name.endsWith('.rating') ? document.activeElement.name : null");
            if (group != null && !group.equals(lastGroup)) {
                press("Space");
                press("ArrowRight");
                assertThat(page.evaluate("n => document.querySelector(`input[name='${n}']:checked`) !== null", group))
                        .as("%s rated", group)
                        .isEqualTo(true);
                lastGroup = group;
                rated++;
            }
        }
        throw new AssertionError("no save button within " + MAX_TABS + " Tabs: " + focusOrder);
    }

    private void errorSummaryHasTheFocusAndLeadsTo(String fieldId) {
        assertThat(focused("[data-error-summary][tabindex='-1']"))
                .as("the error summary has the focus, not %s", describeFocus())
                .isTrue();
        assertThat(page.evaluate("() => document.activeElement.getAttribute('role') === 'alert'"
                        + " || document.activeElement.hasAttribute('aria-labelledby')"))
                .as("the error summary is announced")
                .isEqualTo(true);
        assertFocusVisible();
        press("Tab");
        assertThat(focused("[data-error-summary] a[href='#" + fieldId + "']"))
                .as("Tab leads from the summary to its link, not to %s", describeFocus())
                .isTrue();
        assertFocusVisible();
        press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id"))
                .as("Enter on the summary's link")
                .isEqualTo(fieldId);
        assertFocusVisible();
    }

    /** Presses Tab until the focus is on an element matching the selector. */
    private void tabTo(String selector) {
        focusOrder.clear();
        for (int i = 0; i < MAX_TABS; i++) {
            press("Tab");
            assertFocusVisible();
            if (focused(selector)) {
                return;
            }
        }
        throw new AssertionError(
                selector + " not reached in " + MAX_TABS + " Tabs on " + page.url() + ": " + focusOrder);
    }

    /** The main form's submit button, reached by Tab, pressed with Enter. */
    private void submitTheForm() {
        tabTo("main form button[type=submit]");
        enterAndLoad();
    }

    private void press(String key) {
        page.keyboard().press(key);
    }

    /** Presses Enter on a link or button and waits for the next page, its script run. */
    private void enterAndLoad() {
        page.evaluate("() => window.keyboardTestOldPage = true");
        page.keyboard().press("Enter");
        page.waitForFunction("() => window.keyboardTestOldPage === undefined");
        page.waitForLoadState(LoadState.LOAD);
    }

    private boolean focused(String selector) {
        return (Boolean)
                page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)", selector);
    }

    private String describeFocus() {
        return (String) page.evaluate(
                "() => { const e = document.activeElement;" + " return e ? e.outerHTML.slice(0, 160) : 'nothing'; }");
    }

    /** The focused element shows a focus indicator: an outline or a box shadow. */
    private void assertFocusVisible() {
        if ((Boolean) page.evaluate("() => document.activeElement === document.body")) {
            // Tab from the last element leaves the document for the browser's own controls first.
            focusOrder.add("(browser)");
            return;
        }
        String focus = describeFocus();
        focusOrder.add(focus.length() > 80 ? focus.substring(0, 80) : focus);
        Object visible = page.evaluate("() => { const e = document.activeElement;"
                + " if (!e || e === document.body) return false;"
                + " const s = getComputedStyle(e);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                + " || (s.boxShadow !== '' && s.boxShadow !== 'none'); }");
        assertThat(visible).as("focus indicator on %s (%s)", focus, page.url()).isEqualTo(true);
    }
}

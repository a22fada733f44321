package ca.repere.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.AccountService;
import ca.repere.account.Grant;
import ca.repere.demo.DemoData;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.scoring.AssessmentScore;
import ca.repere.scoring.CriterionRating;
import ca.repere.scoring.PillarRatings;
import ca.repere.scoring.RatingScale;
import ca.repere.scoring.ScoreCalculator;
import ca.repere.shared.DemoMode;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import ca.repere.support.TestFrameworks;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A whole self-assessment in a real browser, as the demo team would do it: the lead starts it and
 * sets it up, a staff member answers every pillar and comments, the lead submits it. Once in
 * French and once in English; every text the test looks for comes from the message bundle of
 * the language it expects, and most elements are found by their label or role, so the test also
 * checks that they have one.
 */
class SelfAssessmentBrowserTest extends BrowserTest {

    private static final String ORGANISATION = "Accueil Réfugiés Montréal";
    private static final String STAFF_NAME = "Sam Staff";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentQueries queries;

    @Autowired
    MessageSource messages;

    private Locale locale;

    @BeforeEach
    void demoAccounts() {
        new DemoData(directory, accounts).ensurePresent();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void leadStartsStaffAnswersEveryPillarAndLeadSubmits(Language language) throws Exception {
        locale = language.locale();
        String prefix = language.code() + "-";
        String label = TestData.unique(language == Language.FR ? "Bilan annuel" : "Annual review");
        FrameworkVersionView framework = ccrCleo();

        // 1. The lead starts the assessment, checks the context and the scope.
        logIn(DemoMode.LEAD.email(), language);
        openAssessmentsOfTheOrganisation();
        screenshot(page, prefix + "assessments");

        link(text("assessment.list.start")).click();
        assertThat(heading(text("assessment.start.title"))).isVisible();
        Locator frameworkChoice = page.getByLabel(
                text(
                        "assessment.header.framework",
                        framework.frameworkName().in(locale),
                        TestFrameworks.CCR_CLEO_VERSION),
                new Page.GetByLabelOptions().setExact(true));
        frameworkChoice.check();
        page.getByLabel(text("assessment.start.label"), new Page.GetByLabelOptions().setExact(true))
                .fill(label);
        assertThat(page.getByLabel(text("assessment.scope.FULL"), new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        screenshot(page, prefix + "start");
        button(text("assessment.start.submit")).click();

        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+/context$"));
        assertThat(heading(text("assessment.context.title"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("assessment.started"));
        assertThat(page.getByLabel(text("assessment.context.paidStaff"))).hasValue("9");
        screenshot(page, prefix + "context");
        button(text("assessment.context.save")).click();

        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+/scope$"));
        assertThat(heading(text("assessment.scope.title"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("assessment.saved"));
        screenshot(page, prefix + "scope");
        button(text("assessment.scope.save")).click();

        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+$"));
        assertThat(heading(label)).isVisible();
        assertThat(page.getByText(text("assessment.tasks.progress", 0, framework.criterionCount())))
                .isVisible();
        logOut();

        // 2. A staff member finds it and answers pillar after pillar, with one comment.
        logIn(DemoMode.STAFF.email(), language);
        openAssessmentsOfTheOrganisation();
        link(label).click();
        assertThat(heading(label)).isVisible();
        assertThat(page.getByText(text("assessment.tasks.leadSubmits"))).isVisible();
        screenshot(page, prefix + "tasks");

        String comment = language == Language.FR
                ? "Vérifier la politique de confidentialité avec le conseil."
                : "Check the privacy policy with the board.";
        List<PillarView> pillars = framework.pillars();
        link(pillarHeading(pillars.get(0))).click();
        for (int p = 0; p < pillars.size(); p++) {
            PillarView pillar = pillars.get(p);
            assertThat(heading(pillarHeading(pillar))).isVisible();
            if (p > 0) {
                assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("assessment.saved"));
            }
            assertThat(page.locator("section.criterion"))
                    .hasCount(pillar.criteria().size());
            for (int c = 0; c < pillar.criteria().size(); c++) {
                CriterionView criterion = pillar.criteria().get(c);
                Locator section = criterion(criterion);
                section.getByLabel(level(framework, rating(p, c))).check();
                section.getByLabel(text("assessment.pillar.evidence")).fill(evidence(criterion, label));
                if (p == 0 && c == 0) {
                    Locator addComment = section.getByLabel(text("assessment.comments.add"));
                    assertThat(addComment).isHidden();
                    section.getByText(text("assessment.comments.title", 0)).click();
                    addComment.fill(comment);
                }
            }
            if (p == 0) {
                screenshot(page, prefix + "pillar");
                page.setViewportSize(375, 800);
                screenshot(page, prefix + "pillar-phone");
                page.setViewportSize(320, 800);
                assertNoHorizontalScroll(page);
                page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            }
            boolean last = p == pillars.size() - 1;
            button(text(last ? "assessment.pillar.saveReview" : "assessment.pillar.saveNext"))
                    .click();
        }

        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+/review$"));
        assertThat(heading(text("assessment.review.title"))).isVisible();
        assertThat(page.getByText(text("assessment.review.ready"))).isVisible();
        assertThat(page.locator("dd.unanswered")).hasCount(0);
        assertThat(page.getByText(evidence(pillars.get(3).criteria().get(2), label)))
                .isVisible();
        screenshot(page, prefix + "review");

        // The comment is there, signed, when the criterion is opened again from the review.
        CriterionView first = pillars.get(0).criteria().get(0);
        link(text("assessment.review.change") + text("assessment.review.changeWhat", first.code()))
                .click();
        Locator firstSection = criterion(first);
        assertThat(firstSection.getByLabel(level(framework, rating(0, 0)))).isChecked();
        assertThat(firstSection.getByLabel(text("assessment.pillar.evidence"))).hasValue(evidence(first, label));
        Locator thread =
                firstSection.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(thread).isVisible();
        assertThat(thread).containsText(STAFF_NAME);
        assertThat(firstSection.getByText(text("assessment.comments.title", 1))).isVisible();
        assertThat(firstSection.getByLabel(text("assessment.comments.add"))).hasValue("");
        logOut();

        // 3. The lead submits; everything becomes read-only.
        logIn(DemoMode.LEAD.email(), language);
        openAssessmentsOfTheOrganisation();
        link(label).click();
        link(text("assessment.submit.action")).click();
        assertThat(heading(text("assessment.submit.title"))).isVisible();
        assertThat(page.getByText(text("assessment.review.ready"))).isVisible();
        screenshot(page, prefix + "submit");
        button(text("assessment.submit.confirm")).click();

        assertThat(page).hasURL(Pattern.compile("/assessments/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("assessment.submitted"));
        assertThat(page.locator(".assessment-header .status-badge")).hasText(text("assessment.status.SUBMITTED"));
        assertThat(page.getByText(text("assessment.readOnly"), new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(link(text("assessment.submit.action"))).hasCount(0);
        assertThat(page.getByText(text("assessment.tasks.progress", 19, 19))).isVisible();
        screenshot(page, prefix + "tasks-read-only");

        link(pillarHeading(pillars.get(1))).click();
        assertThat(heading(pillarHeading(pillars.get(1)))).isVisible();
        Locator radios = page.getByRole(AriaRole.RADIO);
        assertThat(radios)
                .hasCount(pillars.get(1).criteria().size()
                        * framework.ratingScale().size());
        for (Locator radio : radios.all()) {
            assertThat(radio).isDisabled();
        }
        for (Locator field : page.locator("textarea").all()) {
            assertThat(field).isDisabled();
        }
        assertThat(criterion(pillars.get(1).criteria().get(0)).getByLabel(text("assessment.pillar.evidence")))
                .hasValue(evidence(pillars.get(1).criteria().get(0), label));
        for (String save : List.of(
                "assessment.pillar.saveNext", "assessment.pillar.saveTasks", "assessment.pillar.savePrevious")) {
            assertThat(button(text(save))).hasCount(0);
        }
        assertThat(page.getByLabel(text("assessment.comments.add"))).hasCount(0);
        screenshot(page, prefix + "pillar-read-only");

        // 4. The report shows the scores the ratings make, and downloads as a PDF.
        link(text("assessment.pillar.tasks")).first().click();
        link(text("assessment.tasks.report")).click();
        assertThat(heading(text("report.title", label))).isVisible();
        AssessmentScore expected = expectedScore(framework);
        Locator overallRow = page.locator(".report-scores table tfoot tr");
        assertThat(overallRow)
                .containsText(text("report.percent", expected.overall().percent()));
        assertThat(overallRow).containsText(text("report.table.ratedOf", 19, 19));
        for (int p = 0; p < pillars.size(); p++) {
            assertThat(page.locator(".report-scores table tbody tr").nth(p))
                    .containsText(text(
                            "report.percent", expected.pillars().get(p).score().percent()));
        }
        screenshot(page, prefix + "report");
        Download pdf =
                page.waitForDownload(() -> link(text("report.export.pdf")).click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), StandardCharsets.US_ASCII))
                .startsWith("%PDF-");
        logOut();
    }

    /** What the scoring core makes of the ratings this test gives (equal weights in this framework). */
    private static AssessmentScore expectedScore(FrameworkVersionView framework) {
        List<PillarRatings> ratings = new ArrayList<>();
        for (int p = 0; p < framework.pillars().size(); p++) {
            PillarView pillar = framework.pillars().get(p);
            List<CriterionRating> criteria = new ArrayList<>();
            for (int c = 0; c < pillar.criteria().size(); c++) {
                CriterionView criterion = pillar.criteria().get(c);
                criteria.add(new CriterionRating(criterion.code(), criterion.weight(), true, rating(p, c)));
            }
            ratings.add(new PillarRatings(pillar.code(), pillar.weight(), criteria));
        }
        return new ScoreCalculator(new RatingScale(framework.ratingScale().stream()
                        .map(level -> level.value())
                        .toList()))
                .score(ratings);
    }

    /**
     * Pillar 4 answered with the keyboard alone: Tab to each rating group, arrow keys and Space to
     * choose, Tab to the evidence, type, and Enter on the save button.
     */
    @Test
    void staffAnswersAPillarWithTheKeyboardOnly() {
        locale = Language.FR.locale();
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));
        FrameworkVersionView framework = ccrCleo();
        long assessment = service.start(
                data.current(lead),
                organisation,
                new AssessmentService.StartCommand(
                        framework.id(), TestData.unique("Bilan au clavier"), Scope.FULL, Set.of(), null, false));
        PillarView pillar = framework.pillars().get(3);

        page.navigate("/login");
        // The login page puts the focus in the e-mail field itself (autofocus).
        assertFocused("#email");
        page.keyboard().type(staff.email());
        page.keyboard().press("Tab");
        assertFocused("#password");
        page.keyboard().type(TestData.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(baseUrl() + "/");

        page.navigate("/organisations/" + organisation + "/assessments/" + assessment + "/pillars/" + pillar.code());
        assertThat(heading(pillarHeading(pillar))).isVisible();
        for (int i = 0; i < pillar.criteria().size(); i++) {
            // The whole header, breadcrumb and the previous criterion's fields lie before: a few tabs.
            int tabs = tabTo("input[name='answers[" + i + "].rating'][value='0']", i == 0 ? 20 : 4);
            if (i > 0) {
                // evidence → notes → comments summary → this rating group
                assertThat(tabs).isEqualTo(3);
            }
            assertHasVisibleFocus();
            // Space picks the focused level (0), each arrow moves to, and picks, the next one.
            page.keyboard().press("Space");
            for (int step = 0; step < i + 1; step++) {
                page.keyboard().press("ArrowDown");
            }
            assertFocused("input[name='answers[" + i + "].rating'][value='" + (i + 1) + "']");
            // The rating group is one tab stop: the next Tab goes to the evidence.
            page.keyboard().press("Tab");
            assertFocused("[id='answers" + i + ".evidence']");
            page.keyboard().type("Au clavier " + pillar.criteria().get(i).code());
        }
        String save = text("assessment.pillar.saveReview");
        int tabs = tabTo("button[value=next]", 4);
        assertThat(tabs).isEqualTo(3);
        assertFocused("button[value=next]");
        assertThat(page.locator("button[value=next]")).hasText(save);
        assertHasVisibleFocus();
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile("/assessments/" + assessment + "/review$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("assessment.saved"));
        for (int i = 0; i < pillar.criteria().size(); i++) {
            assertThat(page.getByText("Au clavier " + pillar.criteria().get(i).code()))
                    .isVisible();
        }
        AssessmentPages.PillarPage saved =
                queries.pillarPage(data.current(staff), organisation, assessment, pillar.code());
        assertThat(saved.criteria())
                .extracting(AssessmentPages.CriterionAnswer::rating)
                .containsExactly(1, 2, 3);
        assertThat(saved.criteria())
                .extracting(AssessmentPages.CriterionAnswer::evidence)
                .containsExactly("Au clavier 4.1", "Au clavier 4.2", "Au clavier 4.3");
    }

    // --- steps -------------------------------------------------------------------------------

    /** Logs in from the login page in {@code language}, then makes sure the pages speak it. */
    private void logIn(String email, Language language) {
        page.navigate("/login?lang=" + language.code());
        assertThat(page.locator("html")).hasAttribute("lang", language.code());
        login(page, email, DemoMode.PASSWORD);
        assertThat(page).hasURL(baseUrl() + "/");
        // The login applies the account's own language; the header's switch gives ours back.
        if (!language.code().equals(page.locator("html").getAttribute("lang"))) {
            link(text("layout.language." + language.code())).click();
        }
        assertThat(page.locator("html")).hasAttribute("lang", language.code());
        assertThat(heading(text("home.organisations.title"))).isVisible();
    }

    private void logOut() {
        page.locator("header")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text("layout.logout")))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
    }

    /** Home page → the organisation's "Self-assessments" link. */
    private void openAssessmentsOfTheOrganisation() {
        page.getByRole(AriaRole.LISTITEM)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(ORGANISATION)
                                        .setExact(true))))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName(text("home.organisations.assessments"))
                                .setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/organisations/\\d+/assessments$"));
        // The heading names the list and, below it, the organisation it belongs to.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(text("assessment.list.title") + " " + ORGANISATION);
    }

    // --- keyboard ----------------------------------------------------------------------------

    /** Presses Tab until {@code selector} has the focus; fails after {@code max} presses. */
    private int tabTo(String selector, int max) {
        for (int presses = 1; presses <= max; presses++) {
            page.keyboard().press("Tab");
            if (focused(selector)) {
                return presses;
            }
        }
        throw new AssertionError(selector + " not reached in " + max + " tabs; the focus is on "
                + page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)"));
    }

    private boolean focused(String selector) {
        return (Boolean) page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
    }

    private void assertFocused(String selector) {
        assertThat(page.locator(selector)).isFocused();
    }

    /** The focused element shows it: an outline or a focus ring (box shadow). */
    private void assertHasVisibleFocus() {
        Object ring = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
        assertThat(ring)
                .as("visible focus on %s", page.evaluate("() => document.activeElement.id"))
                .isEqualTo(true);
    }

    // --- texts and locators ------------------------------------------------------------------

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private FrameworkVersionView ccrCleo() {
        return testFrameworks.ccrCleo();
    }

    private String pillarHeading(PillarView pillar) {
        return text("framework.pillar.heading", pillar.code(), pillar.title().in(locale));
    }

    /** "3 — In place": the start of the rating radio's label. */
    private String level(FrameworkVersionView framework, int value) {
        return text(
                "assessment.pillar.level",
                value,
                framework.ratingScale().get(value).label().in(locale));
    }

    private static int rating(int pillarIndex, int criterionIndex) {
        return (pillarIndex + criterionIndex) % 5;
    }

    private String evidence(CriterionView criterion, String label) {
        return (locale.getLanguage().equals("fr") ? "Preuve pour " : "Evidence for ") + criterion.code() + " — "
                + label;
    }

    /** A criterion's section, named by its heading: code and text. */
    private Locator criterion(CriterionView criterion) {
        return page.getByRole(
                AriaRole.REGION,
                new Page.GetByRoleOptions()
                        .setName(criterion.code() + " " + criterion.text().in(locale)));
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

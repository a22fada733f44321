package ca.repere.actionplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import ca.repere.support.TestFrameworks;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * From a report's gap to the action plan in a real browser, in French and in English: the lead
 * follows "create an action" on a gap, fills the form, moves the action to in progress with a
 * comment, and finds it on the plan. Every text looked for comes from the message bundle, and
 * fields are found by their label.
 */
class ActionPlanBrowserTest extends BrowserTest {

    @Autowired
    MessageSource messages;

    private Locale locale;

    @ParameterizedTest
    @EnumSource(Language.class)
    void leadCreatesAnActionFromAReportGapMovesItAndFindsItOnThePlan(Language language) {
        locale = language.locale();
        String prefix = "actionplan-" + language.code() + "-";
        long organisation = data.organisation();
        User lead = data.user(language, Grant.leadOf(organisation));
        User staff = data.user(language, Grant.staffOf(organisation));
        long assessment = assessmentWithGaps(lead, organisation);
        String title = TestData.unique(language == Language.FR ? "Adopter une politique" : "Adopt a policy");
        String comment = language == Language.FR ? "Premier jet envoyé au conseil" : "First draft sent to the board";
        LocalDate due = LocalDate.now().plusMonths(2);

        // 1. The report lists the gaps, each without an action yet.
        login(page, lead.email(), TestData.PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", language.code());
        page.navigate("/organisations/" + organisation + "/assessments/" + assessment + "/report");
        assertThat(page.getByText(text("report.gaps.withoutAction", 3))).isVisible();
        screenshot(page, prefix + "report");

        // 2. "Create an action" on gap 4.3: the form names the criterion.
        link(text("report.gaps.addAction", "4.3")).click();
        assertThat(page).hasURL(Pattern.compile("/actions/new\\?"));
        assertThat(heading(text("actionplan.new.title"))).isVisible();
        assertThat(page.locator("input[name=criteria][value='" + TestFrameworks.CCR_CLEO + "|4.3']"))
                .isChecked();
        label("actionplan.field.title").fill(title);
        label("actionplan.field.owner").selectOption("member:" + staff.id());
        label("actionplan.field.dueDate").fill(due.toString());
        screenshot(page, prefix + "new");
        button(text("actionplan.new.submit")).click();

        // 3. The action's page, with what was typed.
        assertThat(page).hasURL(Pattern.compile("/organisations/" + organisation + "/actions/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("actionplan.created"));
        assertThat(heading(title)).isVisible();
        assertThat(page.locator(".action-status")).hasText(text("actionplan.status.PLANNED"));
        screenshot(page, prefix + "created");

        // 4. In progress, with a comment that goes to the log.
        label("actionplan.status.new").selectOption("IN_PROGRESS");
        label("actionplan.status.comment").fill(comment);
        button(text("actionplan.status.submit")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("actionplan.statusChanged"));
        assertThat(page.locator(".action-status")).hasText(text("actionplan.status.IN_PROGRESS"));
        Locator lastEntry = page.locator(".action-log li").last();
        assertThat(lastEntry)
                .containsText(text(
                        "actionplan.log.moved",
                        text("actionplan.status.PLANNED"),
                        text("actionplan.status.IN_PROGRESS")));
        assertThat(lastEntry).containsText(comment);
        screenshot(page, prefix + "in-progress");

        // 5. The plan lists it with its status.
        page.locator("nav .breadcrumb")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(text("actionplan.title")))
                .click();
        assertThat(heading(text("actionplan.title"))).isVisible();
        Locator row = page.locator(".action-table tbody tr").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(row.locator(".action-status")).hasText(text("actionplan.status.IN_PROGRESS"));
        assertThat(row).containsText("4.3");
        screenshot(page, prefix + "plan");

        // 6. Back on the report, gap 4.3 shows the action and no longer offers to create one.
        page.navigate("/organisations/" + organisation + "/assessments/" + assessment + "/report");
        assertThat(page.getByText(text("report.gaps.withoutAction", 2))).isVisible();
        assertThat(link(text("report.gaps.addAction", "4.3"))).hasCount(0);
        assertThat(page.locator(".report-gaps")).containsText(title);
    }

    /** A full CCR/CLEO assessment rated 4 everywhere but 1.5 (1), 1.6 (0) and 4.3 (0): three gaps. */
    private long assessmentWithGaps(User lead, long organisation) {
        return testAssessments.ccrCleoRated(lead, organisation, Map.of("1.5", 1, "1.6", 0, "4.3", 0));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private Locator label(String key) {
        return page.getByLabel(text(key), new Page.GetByLabelOptions().setExact(true));
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

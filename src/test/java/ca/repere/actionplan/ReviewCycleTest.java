package ca.repere.actionplan;

import static ca.repere.actionplan.ReminderTestSupport.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.actionplan.ReviewCycles.ReviewCycle;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Priority;
import ca.repere.assessment.Scope;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The review cycle: when the next full self-assessment is due, and which actions want a follow-up. */
class ReviewCycleTest extends IntegrationTest {

    @Autowired
    ReviewCycles cycles;

    @Autowired
    ActionReminders reminders;

    @Autowired
    ActionPlanService actions;

    @Autowired
    AssessmentService assessments;

    @Test
    void theNextSelfAssessmentIsAYearAfterTheLastSubmittedOneUnlessTheLeadSetsADate() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        assertThat(cycles.cycle(current, organisation).nextReassessment()).isNull();

        ZonedDateTime submitted = ZonedDateTime.now(ZONE).minusDays(100);
        submit(organisation, lead, submitted);
        ReviewCycle byDefault = cycles.cycle(current, organisation);
        assertThat(byDefault.nextReassessment())
                .isEqualTo(submitted.toLocalDate().plusYears(1));
        assertThat(byDefault.chosen()).isFalse();
        assertThat(byDefault.reassessmentDue()).isFalse();
        assertThat(byDefault.followUpMonths()).isEqualTo(3);

        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        cycles.save(current, organisation, yesterday, 6);
        ReviewCycle chosen = cycles.cycle(current, organisation);
        assertThat(chosen.nextReassessment()).isEqualTo(yesterday);
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.reassessmentDue()).isTrue();
        assertThat(chosen.followUpMonths()).isEqualTo(6);

        // The reminder goes by the lead's date: submitted 100 days ago, it is due all the same.
        reminders.sendReassessmentReminders();
        assertThat(jdbc.sql("select count(*) from outbox where recipient = ? and kind = 'REASSESSMENT_REMINDER'")
                        .param(lead.email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        cycles.save(current, organisation, null, 3);
        assertThat(cycles.cycle(current, organisation).nextReassessment())
                .isEqualTo(submitted.toLocalDate().plusYears(1));
    }

    @Test
    void onlyTheLeadSetsTheCycleWithinOneToTwelveMonths() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        CurrentUser staff = data.current(data.user(Grant.staffOf(organisation)));

        assertThatThrownBy(() -> cycles.save(staff, organisation, null, 3)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycles.save(lead, organisation, null, 13))
                .isInstanceOf(ActionPlanException.class)
                .hasMessageContaining("actionplan.error.followUpMonths");
        assertThat(mvc.post()
                        .uri("/organisations/{o}/actions/cycle", organisation)
                        .with(as(data.user(Grant.staffOf(organisation))))
                        .with(csrf())
                        .param("followUpMonths", "2"))
                .hasStatus(403);
        assertThat(cycles.cycle(lead, organisation).followUpMonths()).isEqualTo(3);
    }

    @Test
    void actionsWithoutNewsForAFollowUpIntervalAreMarkedAndTheHomePageSaysWhatIsDue() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long quiet = actions.create(current, organisation, action("Réviser la politique", lead, null));
        long mine = actions.create(
                current,
                organisation,
                action("Former l’équipe", lead, LocalDate.now(ZONE).minusDays(2)));
        jdbc.sql("update action_log set logged_at = now() - interval '4 months' where action_id = ?")
                .param(quiet)
                .update();

        Document plan = Jsoup.parse(mvc.get()
                .uri("/organisations/{o}/actions?lang=en", organisation)
                .with(as(lead))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(plan.select("tr:has(a:contains(Réviser la politique))").text())
                .contains("Follow-up due");
        assertThat(plan.select("tr:has(a:contains(Former l’équipe))").text())
                .contains("Overdue")
                .doesNotContain("Follow-up due");

        Document home = Jsoup.parse(mvc.get()
                .uri("/?lang=en")
                .with(as(lead))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String due = home.select(".home-due").text();
        assertThat(due)
                .contains("1 overdue action")
                .contains("1 open action without any news for 3 months")
                .contains("Former l’équipe");
        assertThat(home.select(".home-due a[href$=/actions/" + mine + "]")).hasSize(1);
    }

    private static ActionPlanService.NewAction action(String title, User owner, LocalDate due) {
        return new ActionPlanService.NewAction(title, null, Set.of(), owner.id(), null, due, Priority.NORMAL, null);
    }

    private void submit(long organisation, User lead, ZonedDateTime at) {
        long assessment = assessments.start(
                data.current(lead),
                organisation,
                new AssessmentService.StartCommand(
                        testFrameworks.version("test-framework", "v1").id(),
                        "Bilan",
                        Scope.FULL,
                        Set.of(),
                        null,
                        false));
        jdbc.sql("update assessment set status = 'SUBMITTED', submitted_at = ?, submitted_by = ? where id = ?")
                .params(at.toOffsetDateTime(), lead.id(), assessment)
                .update();
    }
}

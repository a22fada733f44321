package ca.repere.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/** Coordinators read what is shared and give feedback; organisations see it and their network's figures. */
@ExtendWith(OutputCaptureExtension.class)
class NetworkReviewTest extends IntegrationTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    NetworkSharing sharing;

    @Test
    void aCoordinatorReadsTheReportOfASharedSubmittedAssessmentOnlyWithoutTheActionPlan() throws Exception {
        Member shared = member(Map.of("1.5", 0));
        Member kept = member(Map.of());
        long network = data.network(shared.organisation, kept.organisation);
        share(shared, network);
        User coordinator = data.user(Grant.coordinatorOf(network));
        User otherCoordinator = data.user(Grant.coordinatorOf(data.network(data.organisation())));

        assertThat(mvc.get().uri(report(shared) + "?lang=en").with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("You are reading the report that")
                .doesNotContain("/actions/new")
                .doesNotContain("Task list");
        assertThat(mvc.get().uri(report(shared) + ".csv").with(as(coordinator))).hasStatusOk();
        assertThat(mvc.get().uri(report(kept)).with(as(coordinator))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(report(kept) + ".pdf").with(as(coordinator))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(report(shared)).with(as(otherCoordinator))).hasStatus(HttpStatus.FORBIDDEN);
        // The assessment pages themselves stay the organisation's.
        assertThat(mvc.get()
                        .uri("/organisations/" + shared.organisation + "/assessments/" + shared.assessment)
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.FORBIDDEN);

        long draft = testAssessments.ccrCleoRated(shared.lead, shared.organisation, Map.of());
        assertThat(mvc.get()
                        .uri("/organisations/" + shared.organisation + "/assessments/" + draft + "/report")
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void feedbackReachesTheOrganisationOnlyOnceMarkedReviewedAndItsLeadIsTold(CapturedOutput output) throws Exception {
        Member member = member(Map.of());
        long network = data.network(member.organisation);
        share(member, network);
        User coordinator = data.user(Grant.coordinatorOf(network));
        String review = "/networks/" + network + "/reviews/" + member.assessment;
        assertThat(dashboard(coordinator, network)).contains("1 shared self-assessments await your feedback");

        assertThat(mvc.post()
                        .uri(review)
                        .param("strengths", "A clear <b>complaints</b> policy")
                        .param("support", "Our training on informed consent")
                        .param("pillars[0].code", "1")
                        .param("pillars[0].support", "Model policy on fees")
                        .header("Accept-Language", "en")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(body(mvc.get()
                        .uri(report(member) + "?lang=en")
                        .with(as(member.lead))
                        .exchange()))
                .doesNotContain("Feedback from your networks");

        assertThat(mvc.post()
                        .uri(review)
                        .param("version", "0")
                        .param("strengths", "A clear <b>complaints</b> policy")
                        .param("support", "Our training on informed consent")
                        .param("pillars[0].code", "1")
                        .param("pillars[0].support", "Model policy on fees")
                        .param("review", "true")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(body(mvc.get()
                        .uri(report(member) + "?lang=en")
                        .with(as(member.lead))
                        .exchange()))
                .contains("Feedback from your networks")
                .contains("A clear &lt;b&gt;complaints&lt;/b&gt; policy")
                .contains("Model policy on fees");
        assertThat(output.getAll())
                .contains("review " + member.assessment + " for " + member.leadEmail)
                .contains("reviewed your self-assessment");
        assertThat(dashboard(coordinator, network))
                .doesNotContain("await your feedback")
                .contains("Reviewed");
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Member member = member(Map.of());
        long network = data.network(member.organisation);
        share(member, network);
        User first = data.user(Grant.coordinatorOf(network));
        User second = data.user(Grant.coordinatorOf(network));
        String review = "/networks/" + network + "/reviews/" + member.assessment;
        assertThat(mvc.post()
                        .uri(review)
                        .param("strengths", "First")
                        .with(as(first))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(mvc.post()
                        .uri(review)
                        .param("strengths", "Second, typed without seeing the first")
                        .header("Accept-Language", "en")
                        .with(as(second))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Someone else saved feedback")
                .contains("Second, typed without seeing the first");
        assertThat(jdbc.sql("select strengths from assessment_review where assessment_id = :a")
                        .param("a", member.assessment)
                        .query(String.class)
                        .single())
                .isEqualTo("First");
    }

    @Test
    void onlyCoordinatorsOfANetworkTheOrganisationSharesWithCanReview() {
        Member shared = member(Map.of());
        Member kept = member(Map.of());
        long network = data.network(shared.organisation, kept.organisation);
        share(shared, network);
        User coordinator = data.user(Grant.coordinatorOf(network));
        User otherCoordinator = data.user(Grant.coordinatorOf(data.network(shared.organisation)));

        assertThat(mvc.get()
                        .uri("/networks/" + network + "/reviews/" + kept.assessment)
                        .with(as(coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/networks/" + network + "/reviews/" + kept.assessment)
                        .param("strengths", "x")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/networks/" + network + "/reviews/" + shared.assessment)
                        .with(as(otherCoordinator)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/networks/" + network + "/reviews/" + shared.assessment)
                        .with(as(shared.lead)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from assessment_review where assessment_id = :a")
                        .param("a", kept.assessment)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void adminsReadTheFeedbackButOnlyTheNetworksCoordinatorsWriteIt() throws Exception {
        Member member = member(Map.of());
        long network = data.network(member.organisation);
        share(member, network);
        User coordinator = data.user(Grant.coordinatorOf(network));
        User admin = data.user(Grant.admin());
        String review = "/networks/" + network + "/reviews/" + member.assessment;
        assertThat(mvc.post()
                        .uri(review)
                        .param("strengths", "Written by the network")
                        .with(as(coordinator))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        String page = body(mvc.get().uri(review + "?lang=en").with(as(admin)).exchange());
        assertThat(page).contains("Written by the network").contains("only the network’s coordinators write it");
        Element form = Jsoup.parse(page).selectFirst("form[action$=/reviews/" + member.assessment + "]");
        assertThat(form).isNotNull();
        assertThat(form.select("button")).isEmpty();
        assertThat(form.select("fieldset[disabled] textarea")).isNotEmpty();
        assertThat(mvc.post()
                        .uri(review)
                        .param("version", "0")
                        .param("strengths", "Written by an admin")
                        .param("review", "true")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Refused before validation: a form with errors is not shown again either.
        assertThat(mvc.post()
                        .uri(review)
                        .param("strengths", "x".repeat(5000))
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select strengths || ' ' || (reviewed_at is null) from assessment_review"
                                + " where assessment_id = :a")
                        .param("a", member.assessment)
                        .query(String.class)
                        .single())
                .isEqualTo("Written by the network true");
    }

    @Test
    void theReportComparesWithTheNetworkOnlyFromFiveContributingOrganisations() throws Exception {
        // Pillar 2 rated 0, 1, 2, 3 (four members), then 4 (a fifth): scores 0, 25, 50, 75, 100 %.
        Member[] members = new Member[5];
        for (int rating = 0; rating < 5; rating++) {
            members[rating] = member(pillarRatedEverywhere("2", rating));
        }
        long network = data.network(
                members[0].organisation,
                members[1].organisation,
                members[2].organisation,
                members[3].organisation,
                members[4].organisation);
        for (int i = 0; i < 4; i++) {
            share(members[i], network);
        }

        assertThat(body(mvc.get()
                        .uri(report(members[0]) + "?lang=en")
                        .with(as(members[0].lead))
                        .exchange()))
                .contains("Compared with your networks")
                .contains("No figure: 4 organizations share a result on this pillar, and at least 5 are needed")
                .doesNotContain("(n = 4)");

        share(members[4], network);

        assertThat(body(mvc.get()
                        .uri(report(members[0]) + "?lang=en")
                        .with(as(members[0].lead))
                        .exchange()))
                .contains("25–75 % (n = 5)")
                .contains("50 %");
    }

    private Map<String, Integer> pillarRatedEverywhere(String pillarCode, int rating) {
        Map<String, Integer> ratings = new HashMap<>();
        testFrameworks.ccrCleo().pillars().stream()
                .filter(pillar -> pillar.code().equals(pillarCode))
                .flatMap(pillar -> pillar.criteria().stream())
                .map(CriterionView::code)
                .forEach(code -> ratings.put(code, rating));
        return ratings;
    }

    private String dashboard(User coordinator, long network) throws Exception {
        return body(mvc.get()
                .uri("/networks/" + network + "/dashboard?lang=en")
                .with(as(coordinator))
                .exchange());
    }

    private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String report(Member member) {
        return "/organisations/" + member.organisation + "/assessments/" + member.assessment + "/report";
    }

    private void share(Member member, long network) {
        sharing.share(data.current(member.lead), member.organisation, network, true);
    }

    private Member member(Map<String, Integer> ratings) {
        long organisation = data.organisation();
        User lead = data.user(ca.repere.shared.i18n.Language.EN, Grant.leadOf(organisation));
        long assessment = testAssessments.ccrCleoRated(lead, organisation, ratings);
        assessments.submit(data.current(lead), organisation, assessment);
        return new Member(organisation, lead, lead.email(), assessment);
    }

    private record Member(long organisation, User lead, String leadEmail, long assessment) {}
}

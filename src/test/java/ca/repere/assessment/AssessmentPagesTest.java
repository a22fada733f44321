package ca.repere.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.actionplan.ActionPlanService;
import ca.repere.actionplan.ActionStatus;
import ca.repere.actionplan.CriterionRef;
import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.PillarPage;
import ca.repere.support.TestData.User;
import ca.repere.support.TestFrameworks;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The assessment pages over MockMvc: rendering, validation, conflicts, escaping, access, query counts. */
class AssessmentPagesTest extends AssessmentTestSupport {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ActionPlanService actionPlans;

    @Test
    void everyStepRendersForAMemberOfTheOrganisation() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = startFull(data.current(lead), organisation, ccrCleo());
        String base = "/organisations/" + organisation + "/assessments";

        for (String path : List.of(
                "",
                "/new",
                "/" + assessment,
                "/" + assessment + "/context",
                "/" + assessment + "/scope",
                "/" + assessment + "/assignments",
                "/" + assessment + "/pillars/1",
                "/" + assessment + "/pillars/4",
                "/" + assessment + "/review",
                "/" + assessment + "/submit",
                "/" + assessment + "/delete")) {
            assertThat(mvc.get().uri(base + path).with(as(lead))).as(path).hasStatusOk();
        }
    }

    @Test
    void pillarPageCostsTheSameNumberOfStatementsWhateverItsNumberOfCriteria() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = startFull(data.current(lead), organisation, ccrCleo());
        String pillar = "/organisations/" + organisation + "/assessments/" + assessment + "/pillars/";
        mvc.get().uri(pillar + "1").with(as(lead)).exchange(); // warms the framework cache

        long sevenCriteria = statementsFor(pillar + "1", lead);
        long threeCriteria = statementsFor(pillar + "4", lead);

        assertThat(sevenCriteria).isEqualTo(threeCriteria).isLessThanOrEqualTo(8);
    }

    /**
     * Hibernate turns a query into SQL once and keeps the plan, unless the query has an entity graph
     * or a list parameter ({@code in :ids}): then it translates it again at every execution, which
     * cost a third of a simple page's time. The busiest pages must use only kept plans.
     */
    @Test
    void busyPagesReuseTheirQueryPlans() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo());
        answerEverything(current, organisation, assessment, 3);
        PillarPage page = queries.pillarPage(current, organisation, assessment, "1");
        long criterion = page.criteria().get(0).criterion().id();
        service.saveAnswers(
                current, organisation, assessment, "1", List.of(), List.of(new NewComment(criterion, null, "Un avis")));
        String base = "/organisations/" + organisation + "/assessments/" + assessment;
        List<String> paths = List.of("/", "/frameworks", base, base + "/pillars/1", "/organisations/" + organisation);
        paths.forEach(path -> mvc.get().uri(path).with(as(lead)).exchange()); // plans made once

        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        List<String> translatedAgain = new ArrayList<>();
        RequestPostProcessor signedIn = as(lead); // the login's own query, outside what is counted
        for (String path : paths) {
            statistics.clear();
            assertThat(mvc.get().uri(path).with(signedIn)).as(path).hasStatusOk();
            assertThat(statistics.getQueries()).as(path).isNotEmpty();
            for (String query : statistics.getQueries()) {
                // A query that reuses everything counts two hits an execution: its parse and its SQL.
                QueryStatistics executions = statistics.getQueryStatistics(query);
                if (executions.getPlanCacheHitCount() != 2 * executions.getExecutionCount()) {
                    translatedAgain.add(path + ": " + query);
                }
            }
        }
        assertThat(translatedAgain).isEmpty();
    }

    /** What the team decided to do last time stays in sight, on the criterion, in the next assessment. */
    @Test
    void pillarPageShowsTheOpenActionsOfEachCriterion() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo());
        Set<CriterionRef> onFirst = Set.of(new CriterionRef(TestFrameworks.CCR_CLEO, "1.1"));
        actionPlans.create(current, organisation, newAction("Adopter une charte <b>éthique</b>", onFirst));
        long done = actionPlans.create(current, organisation, newAction("Former le conseil", onFirst));
        actionPlans.changeStatus(current, organisation, done, 0, ActionStatus.DONE, null);

        MvcTestResult result = mvc.get()
                .uri("/organisations/{o}/assessments/{a}/pillars/1", organisation, assessment)
                .with(as(lead))
                .exchange();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        PillarPage pillar = queries.pillarPage(current, organisation, assessment, "1");
        long first = pillar.criteria().get(0).criterion().id();
        long second = pillar.criteria().get(1).criterion().id();
        assertThat(page.select("#criterion-" + first + " .open-actions li"))
                .singleElement()
                .satisfies(item -> assertThat(item.text()).contains("Adopter une charte <b>éthique</b>"));
        assertThat(page.select("#criterion-" + second + " .open-actions")).isEmpty();
    }

    private static ActionPlanService.NewAction newAction(String title, Set<CriterionRef> criteria) {
        return new ActionPlanService.NewAction(title, null, criteria, null, null, null, Priority.NORMAL, null);
    }

    @Test
    void savingAPillarStoresEveryAnswerAndMovesOn() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo());
        PillarPage page = queries.pillarPage(current, organisation, assessment, "4");

        MvcTestResult result =
                post(pillarForm(lead, organisation, assessment, page, 3, "Politique de plaintes 2025"), "next");

        assertThat(result)
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/assessments/" + assessment + "/review");
        assertThat(queries.pillarPage(current, organisation, assessment, "4").criteria())
                .extracting(CriterionAnswer::rating, CriterionAnswer::evidence)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(3, "Politique de plaintes 2025"));
    }

    @Test
    void tooLongEvidenceIsRefusedWithAMessageAndEverythingTypedIsShownAgain() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo());
        PillarPage page = queries.pillarPage(current, organisation, assessment, "4");
        MockMvcRequestBuilder form = pillarForm(lead, organisation, assessment, page, 2, "x".repeat(4001))
                .param("answers[1].notes", "Mes notes précieuses");

        MvcTestResult result = post(form, "next");

        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("Il y a un problème")
                .contains("Texte trop long : 4000 caractères au plus.");
        // What the person typed is back in its field (Spring writes accents as entities; a browser shows them).
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .getElementById("answers1.notes")
                        .text())
                .isEqualTo("Mes notes précieuses");
        assertThat(queries.pillarPage(current, organisation, assessment, "4").criteria())
                .extracting(CriterionAnswer::rating)
                .containsOnlyNulls();
    }

    @Test
    void secondPersonSavingAStalePageSeesTheOtherAnswerBesideTheirsAndLosesNothing() {
        long organisation = data.organisation();
        User alice = data.user(Grant.leadOf(organisation));
        User bob = data.user(Grant.staffOf(organisation));
        long assessment = startFull(data.current(alice), organisation, ccrCleo());
        PillarPage seenByBoth = queries.pillarPage(data.current(alice), organisation, assessment, "4");

        assertThat(post(pillarForm(alice, organisation, assessment, seenByBoth, 4, "Réponse d’Alice"), "stay"))
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult bobsSave = post(pillarForm(bob, organisation, assessment, seenByBoth, 1, "Texte de Bob"), "stay");

        assertThat(bobsSave)
                .hasStatusOk()
                .bodyText()
                .contains("Réponse d’Alice")
                .contains("Texte de Bob")
                .contains("Quelle réponse garder ?");
        assertThat(queries.pillarPage(data.current(alice), organisation, assessment, "4")
                        .criteria())
                .extracting(CriterionAnswer::evidence)
                .containsOnly("Réponse d’Alice");

        // Bob keeps his own answers: the page carried the new versions, so this save goes through.
        PillarPage afterConflict = queries.pillarPage(data.current(bob), organisation, assessment, "4");
        assertThat(post(pillarForm(bob, organisation, assessment, afterConflict, 1, "Texte de Bob"), "stay"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(queries.pillarPage(data.current(bob), organisation, assessment, "4")
                        .criteria())
                .extracting(CriterionAnswer::evidence)
                .containsOnly("Texte de Bob");
    }

    @Test
    void choosingTheirAnswerKeepsIt() {
        long organisation = data.organisation();
        User alice = data.user(Grant.leadOf(organisation));
        User bob = data.user(Grant.staffOf(organisation));
        long assessment = startFull(data.current(alice), organisation, ccrCleo());
        PillarPage seenByBoth = queries.pillarPage(data.current(alice), organisation, assessment, "4");
        post(pillarForm(alice, organisation, assessment, seenByBoth, 4, "Réponse d’Alice"), "stay");

        MockMvcRequestBuilder keepTheirs = pillarForm(bob, organisation, assessment, seenByBoth, 1, "Texte de Bob");
        for (int i = 0; i < seenByBoth.criteria().size(); i++) {
            keepTheirs.param("answers[" + i + "].resolution", "THEIRS");
        }
        assertThat(post(keepTheirs, "stay")).hasStatus(HttpStatus.FOUND);

        assertThat(queries.pillarPage(data.current(bob), organisation, assessment, "4")
                        .criteria())
                .extracting(CriterionAnswer::evidence)
                .containsOnly("Réponse d’Alice");
    }

    @Test
    void htmlTypedByUsersIsShownAsText() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo());
        PillarPage page = queries.pillarPage(current, organisation, assessment, "4");
        post(pillarForm(lead, organisation, assessment, page, 2, "<script>alert('x')</script>"), "stay");

        assertThat(mvc.get()
                        .uri("/organisations/{o}/assessments/{a}/review", organisation, assessment)
                        .with(as(lead)))
                .bodyText()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void startFormExplainsWhatATargetedReviewNeeds() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));

        assertThat(mvc.post()
                        .uri("/organisations/{o}/assessments/new", organisation)
                        .with(as(lead))
                        .with(csrf())
                        .param("frameworkVersionId", String.valueOf(ccrCleo().id()))
                        .param("label", "Examen")
                        .param("scope", "TARGETED"))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez au moins un pilier pour l’examen ciblé.")
                .contains("Dites pourquoi cet examen ciblé est nécessaire.");
        assertThat(queries.list(data.current(lead), organisation)).isEmpty();
    }

    /**
     * CCR/CLEO and Pathways to Prosperity both have a pillar "1": the start page lists each
     * framework's pillars with their own boxes, and only the chosen framework's boxes count.
     */
    @Test
    void targetedReviewTakesOnlyThePillarsOfTheChosenFrameworkWhenTwoShareACode() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        long ccrCleo = ccrCleo().id();
        long pathways = version("p2p-promising-practices-2021", "2021-06").id();
        String start = "/organisations/" + organisation + "/assessments/new";

        Document page = Jsoup.parse(
                mvc.get().uri(start).with(as(lead)).exchange().getResponse().getContentAsString());
        assertThat(page.select("input[name=pillarCodes]").eachAttr("value"))
                .contains(ccrCleo + ":1", ccrCleo + ":4", pathways + ":1", pathways + ":10")
                .doesNotHaveDuplicates();
        assertThat(page.select("input[name=pillarCodes]").eachAttr("id")).doesNotHaveDuplicates();

        assertThat(mvc.post()
                        .uri(start)
                        .with(as(lead))
                        .with(csrf())
                        .param("frameworkVersionId", String.valueOf(ccrCleo))
                        .param("label", "Examen")
                        .param("scope", "TARGETED")
                        .param("pillarCodes", pathways + ":1")
                        .param("targetedReason", "Pilier de l’autre cadre"))
                .hasStatusOk()
                .bodyText()
                .contains("Choisissez au moins un pilier pour l’examen ciblé.");
        assertThat(queries.list(data.current(lead), organisation)).isEmpty();

        assertThat(mvc.post()
                        .uri(start)
                        .with(as(lead))
                        .with(csrf())
                        .param("frameworkVersionId", String.valueOf(ccrCleo))
                        .param("label", "Examen")
                        .param("scope", "TARGETED")
                        .param("pillarCodes", pathways + ":1", ccrCleo + ":2")
                        .param("targetedReason", "Suivi du pilier 2"))
                .hasStatus(HttpStatus.FOUND);
        long assessment = queries.list(data.current(lead), organisation).get(0).id();
        assertThat(queries.pillarCodes(data.current(lead), organisation, assessment))
                .containsExactly("2");
    }

    @Test
    void unknownScopeValueIsABadRequestWithAMessageNotAServerError() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));

        assertThat(mvc.post()
                        .uri("/organisations/{o}/assessments/new", organisation)
                        .with(as(lead))
                        .with(csrf())
                        .param("frameworkVersionId", String.valueOf(ccrCleo().id()))
                        .param("label", "Examen")
                        .param("scope", "EVERYTHING"))
                .hasStatusOk()
                .bodyText()
                .contains("Valeur non valide.");
    }

    @Test
    void otherOrganisationsAndOtherRolesAreRefused() {
        long theirs = data.organisation();
        User theirLead = data.user(Grant.leadOf(theirs));
        long assessment = startFull(data.current(theirLead), theirs, ccrCleo());
        long mine = data.organisation();
        User myLead = data.user(Grant.leadOf(mine));
        User theirStaff = data.user(Grant.staffOf(theirs));

        assertThat(mvc.get()
                        .uri("/organisations/{o}/assessments/{a}", theirs, assessment)
                        .with(as(myLead)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/organisations/{o}/assessments/{a}", mine, assessment)
                        .with(as(myLead)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/organisations/{o}/assessments/{a}/delete", theirs, assessment)
                        .with(as(myLead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/organisations/{o}/assessments/{a}/submit", theirs, assessment)
                        .with(as(theirStaff)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/organisations/{o}/assessments/new", theirs)
                        .with(as(theirStaff))
                        .with(csrf())
                        .param("label", "x")
                        .param("scope", "FULL")
                        .param("frameworkVersionId", "1"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void submittingTooEarlyReturnsToTheTaskListWithTheReason() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = startFull(data.current(lead), organisation, ccrCleo());

        MvcTestResult result = mvc.post()
                .uri("/organisations/{o}/assessments/{a}/submit", organisation, assessment)
                .with(as(lead))
                .with(csrf())
                .exchange();

        assertThat(result).redirectedUrl().isEqualTo("/organisations/" + organisation + "/assessments/" + assessment);
        assertThat(result).flash().containsEntry("flashError", "assessment.error.unanswered");
    }

    private long statementsFor(String path, User user) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(mvc.get().uri(path).with(as(user))).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }

    private MockMvcRequestBuilder pillarForm(
            User user, long organisation, long assessment, PillarPage page, int rating, String evidence) {
        MockMvcRequestBuilder request = mvc.post()
                .uri(
                        "/organisations/{o}/assessments/{a}/pillars/{p}",
                        organisation,
                        assessment,
                        page.pillar().code())
                .with(as(user))
                .with(csrf());
        for (int i = 0; i < page.criteria().size(); i++) {
            CriterionAnswer answer = page.criteria().get(i);
            request.param(
                            "answers[" + i + "].criterionId",
                            String.valueOf(answer.criterion().id()))
                    .param("answers[" + i + "].version", String.valueOf(answer.version()))
                    .param("answers[" + i + "].rating", String.valueOf(rating))
                    .param("answers[" + i + "].evidence", evidence);
        }
        return request;
    }

    private MvcTestResult post(MockMvcRequestBuilder form, String then) {
        return form.param("then", then).exchange();
    }
}

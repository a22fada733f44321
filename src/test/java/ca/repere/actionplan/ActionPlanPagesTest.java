package ca.repere.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.actionplan.ActionPlanService.NewAction;
import ca.repere.assessment.Priority;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import ca.repere.support.TestFrameworks;
import jakarta.persistence.EntityManagerFactory;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The action plan pages over MockMvc on real PostgreSQL: the plan with its counts, filters and
 * order, the forms and what they keep when refused, status changes and their log, who may do
 * what, escaping, the report's gaps with their actions, and the plan's fixed query cost.
 */
class ActionPlanPagesTest extends IntegrationTest {

    private static final CriterionRef CCR_1_5 = new CriterionRef(TestFrameworks.CCR_CLEO, "1.5");
    private static final CriterionRef CCR_4_3 = new CriterionRef(TestFrameworks.CCR_CLEO, "4.3");

    @Autowired
    ActionPlanService service;

    @Autowired
    ActionPlanQueries queries;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Clock clock;

    /** An organisation with a lead and a staff member. */
    private record Team(long organisation, User lead, User staff) {}

    private Team team() {
        long organisation = data.organisation();
        return new Team(organisation, data.user(Grant.leadOf(organisation)), data.user(Grant.staffOf(organisation)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("America/Toronto")));
    }

    private long create(User user, long organisation, NewAction action) {
        return service.create(data.current(user), organisation, action);
    }

    private long create(User user, long organisation, String title) {
        return create(user, organisation, action(title, null, null, Priority.NORMAL));
    }

    private static NewAction action(String title, Long ownerUserId, LocalDate due, Priority priority) {
        return new NewAction(title, null, Set.of(), ownerUserId, null, due, priority, null);
    }

    private void move(User user, long organisation, long action, ActionStatus status, String comment) {
        CurrentUser current = data.current(user);
        service.changeStatus(
                current,
                organisation,
                action,
                queries.action(current, organisation, action).version(),
                status,
                comment);
    }

    private static String plan(long organisation) {
        return "/organisations/" + organisation + "/actions";
    }

    private static String actionPath(long organisation, long action) {
        return plan(organisation) + "/" + action;
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Document page(User user, String path) {
        MvcTestResult result = mvc.get().uri(path).with(as(user)).exchange();
        assertThat(result).as(path).hasStatusOk();
        return html(result);
    }

    /** The titles of the plan's rows, in order. */
    private List<String> titles(User user, String path) {
        return page(user, path)
                .select(".action-table tbody tr td:first-child a")
                .eachText();
    }

    private MockMvcRequestBuilder postAs(User user, String path) {
        return mvc.post().uri(path).with(as(user)).with(csrf());
    }

    /** A complete, valid action form; {@code overrides} (name, value, name, value…) replace its defaults. */
    private static MockMvcRequestBuilder filled(MockMvcRequestBuilder request, String... overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", "Former l’équipe");
        values.put("description", "");
        values.put("owner", "");
        values.put("ownerName", "");
        values.put("dueDate", "");
        values.put("priority", "NORMAL");
        values.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        values.forEach(request::param);
        return request;
    }

    // ------------------------------------------------------------------ the plan

    @Test
    void planListsTheActionsWithTheirCountsAndSaysInWordsWhichAreLateOrDueSoon() {
        Team team = team();
        long late = create(
                team.lead(),
                team.organisation(),
                action("Politique en retard", team.staff().id(), today().minusDays(3), Priority.HIGH));
        create(team.lead(), team.organisation(), action("Formation bientôt", null, today().plusDays(5), Priority.LOW));
        create(team.lead(), team.organisation(), action("Plus tard", null, today().plusMonths(3), Priority.NORMAL));
        long done =
                create(team.lead(), team.organisation(), action("Finie", null, today().minusDays(10), Priority.LOW));
        move(team.lead(), team.organisation(), done, ActionStatus.DONE, null);
        move(team.lead(), team.organisation(), late, ActionStatus.IN_PROGRESS, null);

        Document fr = page(team.lead(), plan(team.organisation()));

        assertThat(fr.select(".action-counts li").eachText())
                .containsExactly("2 Prévue", "1 En cours", "1 Terminée", "0 Abandonnée", "1 en retard");
        assertThat(fr.select(".action-table tbody tr td:first-child a").eachText())
                .containsExactly("Finie", "Politique en retard", "Formation bientôt", "Plus tard");
        assertThat(row(fr, "Politique en retard").text())
                .contains("En retard", "En cours")
                .doesNotContain("Échéance dans 14 jours ou moins");
        assertThat(row(fr, "Formation bientôt").text())
                .contains("Échéance dans 14 jours ou moins")
                .doesNotContain("En retard");
        assertThat(row(fr, "Plus tard").text()).doesNotContain("En retard", "Échéance dans 14 jours");
        // Done on time or not, a finished action is never late.
        assertThat(row(fr, "Finie").text()).doesNotContain("En retard");
        assertThat(fr.select("a[href$=/actions/new]")).hasSize(1);

        MvcTestResult english = mvc.get()
                .uri(plan(team.organisation()))
                .with(as(team.lead()))
                .header("Accept-Language", "en")
                .exchange();
        Document en = html(english);
        assertThat(en.select(".action-counts li").eachText())
                .containsExactly("2 Planned", "1 In progress", "1 Done", "0 Dropped", "1 overdue");
        assertThat(row(en, "Politique en retard").text()).contains("Overdue");
        assertThat(row(en, "Formation bientôt").text()).contains("Due within 14 days");
    }

    private static Element row(Document page, String title) {
        return page.select(".action-table tbody tr:has(td a)").stream()
                .filter(tr -> tr.selectFirst("td a").text().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + title));
    }

    @Test
    void eachFilterNarrowsThePlanAndTheSortOrdersIt() {
        Team team = team();
        long organisation = team.organisation();
        long assessment = assessmentWithGaps(team.lead(), organisation);
        long alpha = create(
                team.lead(), organisation, action("Alpha", team.staff().id(), today().plusDays(30), Priority.LOW));
        create(
                team.lead(),
                organisation,
                new NewAction(
                        "Bravo", null, Set.of(), null, "Marie Bénévole", today().minusDays(2), Priority.HIGH, null));
        long charlie = create(
                team.lead(),
                organisation,
                // No criterion, as the other two: the plan sorts within each criterion's group.
                new NewAction("Charlie", null, Set.of(), null, null, null, Priority.NORMAL, assessment));
        move(team.lead(), organisation, alpha, ActionStatus.IN_PROGRESS, null);
        move(team.lead(), organisation, charlie, ActionStatus.DONE, null);
        String base = plan(organisation);

        assertThat(titles(team.lead(), base)).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(titles(team.lead(), base + "?status=IN_PROGRESS")).containsExactly("Alpha");
        assertThat(titles(team.lead(), base + "?status=PLANNED&status=DONE")).containsExactly("Bravo", "Charlie");
        assertThat(titles(team.lead(), base + "?owner=member:" + team.staff().id()))
                .containsExactly("Alpha");
        assertThat(titles(team.lead(), base + "?owner=marie bénévole")).containsExactly("Bravo");
        assertThat(titles(team.lead(), base + "?overdue=true")).containsExactly("Bravo");
        assertThat(titles(team.lead(), base + "?priority=LOW")).containsExactly("Alpha");
        assertThat(titles(team.lead(), base + "?assessment=" + assessment)).containsExactly("Charlie");
        assertThat(titles(team.lead(), base + "?sort=TITLE")).containsExactly("Alpha", "Bravo", "Charlie");
        assertThat(titles(team.lead(), base + "?sort=PRIORITY")).containsExactly("Bravo", "Charlie", "Alpha");
        assertThat(titles(team.lead(), base + "?sort=STATUS")).containsExactly("Bravo", "Alpha", "Charlie");
        assertThat(titles(team.lead(), base + "?status=DROPPED")).isEmpty();

        // The page shows the filters it applied, and the counts stay those of the whole plan.
        Document filtered = page(
                team.lead(),
                base + "?status=IN_PROGRESS&owner=member:" + team.staff().id());
        assertThat(filtered.getElementById("status-IN_PROGRESS").hasAttr("checked"))
                .isTrue();
        assertThat(filtered.getElementById("status-PLANNED").hasAttr("checked")).isFalse();
        assertThat(filtered.selectFirst("#owner option[selected]").val())
                .isEqualTo("member:" + team.staff().id());
        assertThat(filtered.select(".action-counts li").eachText()).contains("1 Prévue", "1 En cours", "1 Terminée");
        assertThat(page(team.lead(), base + "?status=DROPPED").text())
                .contains("Aucune action ne correspond à ces filtres.");
    }

    @Test
    void planCostsTheSameNumberOfStatementsForTwoActionsAsForFifteen() {
        Team small = team();
        Team large = team();
        for (int i = 0; i < 2; i++) {
            manyKinds(small, i);
        }
        for (int i = 0; i < 15; i++) {
            manyKinds(large, i);
        }
        // Warms the caches (frameworks, organisation names) for both.
        mvc.get().uri(plan(small.organisation())).with(as(small.lead())).exchange();
        mvc.get().uri(plan(large.organisation())).with(as(large.lead())).exchange();

        long two = statementsFor(plan(small.organisation()), small.lead());
        long fifteen = statementsFor(plan(large.organisation()), large.lead());

        assertThat(fifteen).isEqualTo(two);
    }

    private void manyKinds(Team team, int i) {
        long action = create(
                team.lead(),
                team.organisation(),
                new NewAction(
                        "Action " + i,
                        "Description " + i,
                        Set.of(i % 2 == 0 ? CCR_4_3 : CCR_1_5),
                        i % 3 == 0
                                ? null
                                : (i % 3 == 1 ? team.staff().id() : team.lead().id()),
                        i % 3 == 0 ? "Bénévole " + i : null,
                        today().plusDays(i - 3),
                        Priority.values()[i % Priority.values().length],
                        null));
        if (i % 2 == 1) {
            move(team.lead(), team.organisation(), action, ActionStatus.IN_PROGRESS, "Commencé " + i);
        }
    }

    private long statementsFor(String path, User user) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var signedIn = as(user); // the login's own query, outside what is counted
        statistics.clear();
        assertThat(mvc.get().uri(path).with(signedIn)).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }

    // ------------------------------------------------------------------ the form

    @Test
    void formFromAReportGapComesPrefilledAndCreatingLeadsToTheActionWithAFlash() {
        Team team = team();
        long assessment = assessmentWithGaps(team.lead(), team.organisation());

        Document form = page(
                team.lead(),
                plan(team.organisation()) + "/new?framework=" + TestFrameworks.CCR_CLEO + "&criterion=4.3&assessment="
                        + assessment);

        Element checked = form.selectFirst("input[name=criteria][value=" + TestFrameworks.CCR_CLEO + "|4.3]");
        assertThat(checked).isNotNull();
        assertThat(checked.hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=criteria][checked]")).hasSize(1);
        assertThat(checked.closest("details").hasAttr("open")).isTrue();
        assertThat(form.selectFirst("input[type=hidden][name=sourceAssessmentId]")
                        .val())
                .isEqualTo(String.valueOf(assessment));
        // The owner list offers the organisation's members, no one else.
        assertThat(form.select("#owner option").eachAttr("value"))
                .contains(
                        "",
                        "other",
                        "member:" + team.lead().id(),
                        "member:" + team.staff().id());

        MvcTestResult created = filled(
                        postAs(team.lead(), plan(team.organisation())),
                        "title",
                        "Adopter une politique de plaintes",
                        "owner",
                        "member:" + team.staff().id(),
                        "dueDate",
                        today().plusMonths(1).toString(),
                        "priority",
                        "HIGH",
                        "sourceAssessmentId",
                        String.valueOf(assessment))
                .param("criteria", TestFrameworks.CCR_CLEO + "|4.3")
                .exchange();

        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(created).flash().containsEntry("flashSuccess", "actionplan.created");
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches(plan(team.organisation()) + "/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ActionPlanView.ActionSummary summary = queries.action(data.current(team.lead()), team.organisation(), id)
                .summary();
        assertThat(summary.title()).isEqualTo("Adopter une politique de plaintes");
        assertThat(summary.criteria()).containsExactly(CCR_4_3);
        assertThat(summary.ownerUserId()).isEqualTo(team.staff().id());
        assertThat(summary.priority()).isEqualTo(Priority.HIGH);
        assertThat(summary.sourceAssessmentId()).isEqualTo(assessment);

        MvcTestResult shown = mvc.get()
                .uri(location)
                .with(as(team.lead()))
                .flashAttr("flashSuccess", "actionplan.created")
                .exchange();
        assertThat(shown).hasStatusOk().bodyText().contains("Action ajoutée.", "Adopter une politique de plaintes");
    }

    @Test
    void missingTitleOrTooLongTextShowsTheFormAgainInTheRequestsLanguageWithEverythingTyped() {
        Team team = team();
        String due = today().plusDays(20).toString();

        MvcTestResult french = filled(
                        postAs(team.lead(), plan(team.organisation())),
                        "title",
                        "  ",
                        "description",
                        "Décrire la démarche",
                        "owner",
                        "other",
                        "ownerName",
                        "Marie Bénévole",
                        "dueDate",
                        due,
                        "priority",
                        "HIGH")
                .param("criteria", TestFrameworks.CCR_CLEO + "|4.3")
                .exchange();

        assertThat(french).hasStatusOk().bodyText().contains("Il y a un problème", "Ce champ est obligatoire.");
        Document form = html(french);
        assertThat(form.getElementById("description").text()).isEqualTo("Décrire la démarche");
        assertThat(form.getElementById("ownerName").val()).isEqualTo("Marie Bénévole");
        assertThat(form.selectFirst("#owner option[selected]").val()).isEqualTo("other");
        assertThat(form.getElementById("dueDate").val()).isEqualTo(due);
        assertThat(form.selectFirst("#priority option[selected]").val()).isEqualTo("HIGH");
        assertThat(form.selectFirst("input[name=criteria][value=" + TestFrameworks.CCR_CLEO + "|4.3]")
                        .hasAttr("checked"))
                .isTrue();

        MvcTestResult english = filled(
                        postAs(team.lead(), plan(team.organisation())),
                        "title",
                        "Train the team",
                        "description",
                        "x".repeat(4001),
                        "owner",
                        "member:" + team.staff().id())
                .header("Accept-Language", "en")
                .exchange();

        assertThat(english)
                .hasStatusOk()
                .bodyText()
                .contains("There is a problem", "Text too long: 4000 characters at most.")
                .doesNotContain("Texte trop long");
        Document englishForm = html(english);
        assertThat(englishForm.getElementById("title").val()).isEqualTo("Train the team");
        assertThat(englishForm.selectFirst("#owner option[selected]").val())
                .isEqualTo("member:" + team.staff().id());

        assertThat(queries.plan(data.current(team.lead()), team.organisation(), ActionFilter.all())
                        .actions())
                .isEmpty();
    }

    @Test
    void ownerFromAnotherOrganisationIsRefusedOnTheOwnerField() {
        Team team = team();
        long elsewhere = data.organisation();
        User stranger = data.user(Grant.staffOf(elsewhere));

        MvcTestResult result = filled(
                        postAs(team.lead(), plan(team.organisation())),
                        "title",
                        "Confier à quelqu’un d’ailleurs",
                        "owner",
                        "member:" + stranger.id())
                .exchange();

        assertThat(result).hasStatusOk();
        Document form = html(result);
        assertThat(form.getElementById("owner-error").text())
                .isEqualTo("La personne responsable doit être membre de cet organisme.");
        assertThat(form.getElementById("title").val()).isEqualTo("Confier à quelqu’un d’ailleurs");
        assertThat(queries.plan(data.current(team.lead()), team.organisation(), ActionFilter.all())
                        .actions())
                .isEmpty();
    }

    @Test
    void staleVersionOnEditShowsThatSomeoneChangedItAndKeepsTheInput() {
        Team team = team();
        long action = create(team.lead(), team.organisation(), "Version d’origine");
        long seen = queries.action(data.current(team.lead()), team.organisation(), action)
                .version();
        move(team.lead(), team.organisation(), action, ActionStatus.IN_PROGRESS, "Quelqu’un d’autre avance");

        MvcTestResult result = filled(
                        postAs(team.lead(), actionPath(team.organisation(), action)),
                        "title",
                        "Mon nouveau titre",
                        "description",
                        "Ma description",
                        "version",
                        String.valueOf(seen))
                .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Quelqu’un a modifié cette action entre-temps.");
        Document form = html(result);
        assertThat(form.getElementById("title").val()).isEqualTo("Mon nouveau titre");
        assertThat(form.getElementById("description").text()).isEqualTo("Ma description");
        assertThat(queries.action(data.current(team.lead()), team.organisation(), action)
                        .summary()
                        .title())
                .isEqualTo("Version d’origine");
    }

    // ------------------------------------------------------------------ status and log

    @Test
    void droppingWithoutAReasonComesBackWithTheErrorAndTheChoiceAndWithAReasonLogsIt() {
        Team team = team();
        long action = create(team.lead(), team.organisation(), "À abandonner peut-être");
        String path = actionPath(team.organisation(), action);

        MvcTestResult refused = postAs(team.lead(), path + "/status")
                .param("status", "DROPPED")
                .param("version", "0")
                .param("comment", "   ")
                .exchange();

        assertThat(refused).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(path);
        assertThat(refused)
                .flash()
                .containsEntry("flashError", "actionplan.error.dropReasonRequired")
                .containsEntry("statusTried", ActionStatus.DROPPED);
        MvcTestResult shownAgain = mvc.get()
                .uri(path)
                .with(as(team.lead()))
                .flashAttr("flashError", "actionplan.error.dropReasonRequired")
                .flashAttr("statusTried", ActionStatus.DROPPED)
                .flashAttr("commentTyped", "Ce que j’avais écrit")
                .exchange();
        Document page = html(shownAgain);
        assertThat(page.selectFirst(".alert-danger").text()).isEqualTo("Indiquez pourquoi l’action est abandonnée.");
        assertThat(page.selectFirst("#status option[selected]").val()).isEqualTo("DROPPED");
        assertThat(page.getElementById("status-comment").text()).isEqualTo("Ce que j’avais écrit");
        assertThat(page.getElementById("comment").text()).isEmpty();

        // A refused change with a comment keeps the comment, and the status tried.
        MvcTestResult stale = postAs(team.lead(), path + "/status")
                .param("status", "DONE")
                .param("version", "99")
                .param("comment", "Tout est fait")
                .exchange();
        assertThat(stale)
                .flash()
                .containsEntry("flashError", "actionplan.error.changedMeanwhile")
                .containsEntry("commentTyped", "Tout est fait")
                .containsEntry("statusTried", ActionStatus.DONE);
        assertThat(queries.action(data.current(team.lead()), team.organisation(), action)
                        .summary()
                        .status())
                .isEqualTo(ActionStatus.PLANNED);

        MvcTestResult dropped = postAs(team.lead(), path + "/status")
                .param("status", "DROPPED")
                .param("version", "0")
                .param("comment", "Le financement a été refusé")
                .exchange();
        assertThat(dropped)
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "actionplan.statusChanged");

        Document after = page(team.lead(), path);
        assertThat(after.text()).contains("Abandonnée parce que : Le financement a été refusé");
        assertThat(after.select(".action-log li").eachText())
                .hasSize(2)
                .last()
                .asString()
                .contains("Prévue → Abandonnée", "Le financement a été refusé");
    }

    @Test
    void commentsGoToTheLogAndAnEmptyOneIsRefused() {
        Team team = team();
        long action = create(team.lead(), team.organisation(), "Avec un journal");
        String path = actionPath(team.organisation(), action);

        assertThat(postAs(team.staff(), path + "/comments").param("comment", " "))
                .flash()
                .containsEntry("flashError", "actionplan.error.commentRequired");
        assertThat(postAs(team.staff(), path + "/comments").param("comment", "Rencontre prévue lundi"))
                .flash()
                .containsEntry("flashSuccess", "actionplan.commented");

        assertThat(page(team.lead(), path).select(".action-log li").eachText())
                .last()
                .asString()
                .contains("Rencontre prévue lundi");
    }

    // ------------------------------------------------------------------ who may do what

    @Test
    void staffEditTheirOwnActionsOnly() {
        Team team = team();
        long theirs = create(
                team.lead(), team.organisation(), action("À Sam", team.staff().id(), null, Priority.LOW));
        long others = create(team.lead(), team.organisation(), "À la direction");

        assertThat(mvc.get()
                        .uri(actionPath(team.organisation(), theirs) + "/edit")
                        .with(as(team.staff())))
                .hasStatusOk();
        assertThat(filled(
                        postAs(team.staff(), actionPath(team.organisation(), theirs)),
                        "title",
                        "À Sam, revu",
                        "owner",
                        "member:" + team.staff().id()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "actionplan.saved");
        assertThat(page(team.staff(), actionPath(team.organisation(), others)).select("#status"))
                .isEmpty();

        assertThat(mvc.get()
                        .uri(actionPath(team.organisation(), others) + "/edit")
                        .with(as(team.staff())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(team.staff(), actionPath(team.organisation(), others))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(team.staff(), actionPath(team.organisation(), others)), "title", ""))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postAs(team.staff(), actionPath(team.organisation(), others) + "/status")
                        .param("status", "DONE")
                        .param("version", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(queries.action(data.current(team.lead()), team.organisation(), others)
                        .summary()
                        .title())
                .isEqualTo("À la direction");
    }

    @Test
    void leadOfAnotherOrganisationIsRefusedEverywhereAndGuessedIdsAreNotFound() {
        Team theirs = team();
        long action = create(theirs.lead(), theirs.organisation(), "Leur action");
        Team mine = team();
        User intruder = mine.lead();
        String base = plan(theirs.organisation());
        String path = actionPath(theirs.organisation(), action);

        for (String get : List.of(base, base + "/new", path, path + "/edit")) {
            assertThat(mvc.get().uri(get).with(as(intruder))).as(get).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(filled(postAs(intruder, base))).hasStatus(HttpStatus.FORBIDDEN);
        // Even a form that fails validation must not come back with their members in it.
        assertThat(filled(postAs(intruder, base), "title", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(intruder, path))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(intruder, path), "title", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postAs(intruder, path + "/status").param("status", "DONE").param("version", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postAs(intruder, path + "/comments").param("comment", "Coucou"))
                .hasStatus(HttpStatus.FORBIDDEN);

        // Their action's id under my own organisation: nothing there.
        String guessed = actionPath(mine.organisation(), action);
        assertThat(mvc.get().uri(guessed).with(as(intruder))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(guessed + "/edit").with(as(intruder))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(filled(postAs(intruder, guessed))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(postAs(intruder, guessed + "/status").param("status", "DONE").param("version", "0"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(postAs(intruder, guessed + "/comments").param("comment", "Coucou"))
                .hasStatus(HttpStatus.NOT_FOUND);

        ActionPlanView.ActionDetail untouched =
                queries.action(data.current(theirs.lead()), theirs.organisation(), action);
        assertThat(untouched.summary().title()).isEqualTo("Leur action");
        assertThat(untouched.summary().status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(untouched.log()).hasSize(1);
    }

    @Test
    void adminReadsThePlanButAddsAndChangesNothing() {
        Team team = team();
        long action = create(team.lead(), team.organisation(), "Vue par l’admin");
        User admin = data.user(Grant.admin());
        String base = plan(team.organisation());
        String path = actionPath(team.organisation(), action);

        Document planPage = page(admin, base);
        assertThat(planPage.select(".action-table tbody tr td:first-child a").eachText())
                .containsExactly("Vue par l’admin");
        assertThat(planPage.select("a[href$=/actions/new]")).isEmpty();
        Document actionPage = page(admin, path);
        assertThat(actionPage.select("a[href$=/edit]")).isEmpty();
        assertThat(actionPage.select("form[action$=/status]")).isEmpty();
        assertThat(actionPage.select("form[action$=/comments]")).isEmpty();

        assertThat(mvc.get().uri(base + "/new").with(as(admin))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(path + "/edit").with(as(admin))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(admin, base))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(admin, base), "title", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(filled(postAs(admin, path))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postAs(admin, path + "/status").param("status", "DONE").param("version", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postAs(admin, path + "/comments").param("comment", "Bonjour"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(queries.plan(data.current(team.lead()), team.organisation(), ActionFilter.all())
                        .actions())
                .hasSize(1);
    }

    @Test
    void htmlTypedByUsersIsShownAsText() throws Exception {
        Team team = team();
        String script = "<script>alert('x')</script>";
        long action = create(
                team.lead(),
                team.organisation(),
                new NewAction(
                        script + " titre",
                        "<img src=x onerror=alert(1)>",
                        Set.of(),
                        null,
                        "<b>Marie</b>",
                        null,
                        Priority.NORMAL,
                        null));
        service.comment(data.current(team.lead()), team.organisation(), action, "<i>commentaire</i>");

        for (String path : List.of(plan(team.organisation()), actionPath(team.organisation(), action))) {
            MvcTestResult result = mvc.get().uri(path).with(as(team.lead())).exchange();
            String body = result.getResponse().getContentAsString();
            assertThat(body)
                    .as(path)
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; titre", "&lt;b&gt;Marie&lt;/b&gt;")
                    .doesNotContain("<script>alert", "<b>Marie", "<img src=x", "<i>commentaire");
        }
        assertThat(html(mvc.get()
                                .uri(actionPath(team.organisation(), action))
                                .with(as(team.lead()))
                                .exchange())
                        .select(".action-log li")
                        .eachText())
                .last()
                .asString()
                .contains("<i>commentaire</i>");
    }

    // ------------------------------------------------------------------ the report's gaps

    @Test
    void reportShowsEachGapsActionsAndOffersToCreateOneOnlyWhereNoneIsUnderWay() throws Exception {
        Team team = team();
        long organisation = team.organisation();
        long assessment = assessmentWithGaps(team.lead(), organisation);
        String report = "/organisations/" + organisation + "/assessments/" + assessment + "/report";

        Document before = page(team.lead(), report);
        assertThat(before.selectFirst(".report-gaps").text()).contains("3 lacunes sans action.");
        assertThat(createLinks(before)).containsExactlyInAnyOrder("1.5", "1.6", "4.3");

        long policy = create(
                team.lead(),
                organisation,
                new NewAction(
                        "Adopter une <politique> de plaintes",
                        null,
                        Set.of(CCR_4_3),
                        null,
                        null,
                        null,
                        Priority.HIGH,
                        assessment));
        move(team.lead(), organisation, policy, ActionStatus.IN_PROGRESS, null);

        Document after = page(team.lead(), report);
        assertThat(after.selectFirst(".report-gaps").text()).contains("2 lacunes sans action.");
        assertThat(createLinks(after)).containsExactlyInAnyOrder("1.5", "1.6");
        assertThat(gap(after, "4.3").text()).contains("Actions :", "Adopter une <politique> de plaintes (En cours)");
        assertThat(after.html()).contains("Adopter une &lt;politique&gt; de plaintes");
        assertThat(gap(after, "1.5").text()).doesNotContain("Actions :");

        // A dropped action leaves its gap without an action: the count and the link say so alike.
        long dropped = create(
                team.lead(),
                organisation,
                new NewAction("Idée abandonnée", null, Set.of(CCR_1_5), null, null, null, Priority.LOW, null));
        move(team.lead(), organisation, dropped, ActionStatus.DROPPED, "Pas de budget");

        Document withDropped = page(team.lead(), report);
        assertThat(withDropped.selectFirst(".report-gaps").text()).contains("2 lacunes sans action.");
        assertThat(gap(withDropped, "1.5").text()).contains("Idée abandonnée (Abandonnée)");
        assertThat(createLinks(withDropped)).containsExactlyInAnyOrder("1.5", "1.6");

        Element link = gap(withDropped, "1.6").selectFirst("a[href*=/actions/new]");
        assertThat(link.attr("href"))
                .isEqualTo("/organisations/" + organisation + "/actions/new?framework=" + TestFrameworks.CCR_CLEO
                        + "&criterion=1.6&assessment=" + assessment);

        MvcTestResult pdf = mvc.get().uri(report + ".pdf").with(as(team.lead())).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
            assertThat(text).contains("Adopter une <politique> de plaintes").doesNotContain("Créer une action");
        }
    }

    private static Element gap(Document report, String code) {
        return report.select(".report-gaps ol.report-criteria > li").stream()
                .filter(li -> li.selectFirst(".criterion-code").text().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No gap " + code));
    }

    /** The criterion codes of the gaps that offer to create an action. */
    private static List<String> createLinks(Document report) {
        return report.select(".report-gaps ol.report-criteria > li").stream()
                .filter(li -> li.selectFirst("a[href*=/actions/new]") != null)
                .map(li -> li.selectFirst(".criterion-code").text())
                .toList();
    }

    /** A full CCR/CLEO assessment rated 4 everywhere but 1.5 (1), 1.6 (0) and 4.3 (0): three gaps. */
    private long assessmentWithGaps(User lead, long organisation) {
        return testAssessments.ccrCleoRated(lead, organisation, Map.of("1.5", 1, "1.6", 0, "4.3", 0));
    }
}

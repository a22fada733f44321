package ca.repere.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.actionplan.ActionPlanService.ActionEdit;
import ca.repere.actionplan.ActionPlanService.NewAction;
import ca.repere.actionplan.ActionPlanView.ActionDetail;
import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.actionplan.ActionPlanView.LogEntry;
import ca.repere.actionplan.ActionPlanView.Plan;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Priority;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** The action plan on real PostgreSQL: lifecycle and log, owners, permissions, filters, criteria by code. */
class ActionPlanServiceTest extends IntegrationTest {

    private static final CriterionRef TEST_B_2 = new CriterionRef("test-framework", "B.2");
    private static final CriterionRef TEST_A_2 = new CriterionRef("test-framework", "A.2");
    private static final CriterionRef TEST_A_3 = new CriterionRef("test-framework", "A.3");
    private static final CriterionRef CCR_4_3 = new CriterionRef("ccr-cleo-2021", "4.3");

    @Autowired
    ActionPlanService service;

    @Autowired
    ActionPlanQueries queries;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FrameworkLibrary frameworks;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Clock clock;

    /** An organisation with a lead and a staff member. */
    private record Team(long organisation, CurrentUser lead, CurrentUser staff) {}

    private Team team() {
        long organisation = data.organisation();
        return new Team(
                organisation,
                data.current(data.user(Grant.leadOf(organisation))),
                data.current(data.user(Grant.staffOf(organisation))));
    }

    private static NewAction action(String title) {
        return new NewAction(title, null, Set.of(), null, null, null, Priority.NORMAL, null);
    }

    private static NewAction ownedBy(String title, long ownerUserId) {
        return new NewAction(title, null, Set.of(), ownerUserId, null, null, Priority.NORMAL, null);
    }

    private static NewAction due(String title, LocalDate dueDate, Priority priority) {
        return new NewAction(title, null, Set.of(), null, null, dueDate, priority, null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("America/Toronto")));
    }

    private long version(CurrentUser user, long organisation, long action) {
        return queries.action(user, organisation, action).version();
    }

    private ActionEdit retitled(CurrentUser user, long organisation, long action, String title) {
        ActionDetail detail = queries.action(user, organisation, action);
        ActionSummary summary = detail.summary();
        return new ActionEdit(
                detail.version(),
                title,
                detail.description(),
                Set.copyOf(summary.criteria()),
                summary.ownerUserId(),
                summary.ownerUserId() == null ? summary.ownerName() : null,
                summary.dueDate(),
                summary.priority());
    }

    private void move(CurrentUser user, long organisation, long action, ActionStatus status, String comment) {
        service.changeStatus(user, organisation, action, version(user, organisation, action), status, comment);
    }

    private static List<String> titles(Plan plan) {
        return plan.actions().stream().map(ActionSummary::title).toList();
    }

    // Lifecycle and log

    @Test
    void actionGoesFromPlannedToDoneWithEveryStepLoggedWithWhoAndFromTo() {
        Team team = team();
        long action = service.create(
                team.lead(),
                team.organisation(),
                new NewAction(
                        "Rédiger une politique de confidentialité",
                        "Avec le conseil d’administration",
                        Set.of(CCR_4_3),
                        team.staff().id(),
                        null,
                        today().plusMonths(2),
                        Priority.HIGH,
                        null));

        move(team.staff(), team.organisation(), action, ActionStatus.IN_PROGRESS, "Premier jet envoyé");
        move(team.lead(), team.organisation(), action, ActionStatus.DONE, null);

        ActionDetail detail = queries.action(team.lead(), team.organisation(), action);
        assertThat(detail.summary().status()).isEqualTo(ActionStatus.DONE);
        assertThat(detail.summary().criteria()).containsExactly(CCR_4_3);
        assertThat(detail.summary().ownerName()).isEqualTo(team.staff().displayName());
        assertThat(detail.description()).isEqualTo("Avec le conseil d’administration");
        assertThat(detail.createdByName()).isEqualTo(team.lead().displayName());
        assertThat(detail.log())
                .extracting(LogEntry::userName, LogEntry::from, LogEntry::to, LogEntry::comment)
                .containsExactly(
                        tuple(team.lead().displayName(), null, ActionStatus.PLANNED, null),
                        tuple(
                                team.staff().displayName(),
                                ActionStatus.PLANNED,
                                ActionStatus.IN_PROGRESS,
                                "Premier jet envoyé"),
                        tuple(team.lead().displayName(), ActionStatus.IN_PROGRESS, ActionStatus.DONE, null));
        assertThat(detail.summary().lastLoggedAt())
                .isEqualTo(detail.log().get(2).at());
    }

    @Test
    void droppingNeedsAReasonWhichIsKeptAndLogged() {
        Team team = team();
        long action = service.create(team.lead(), team.organisation(), action("Former les bénévoles"));

        assertThatThrownBy(() -> move(team.lead(), team.organisation(), action, ActionStatus.DROPPED, "  "))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.dropReasonRequired");
        assertThat(queries.action(team.lead(), team.organisation(), action)
                        .summary()
                        .status())
                .isEqualTo(ActionStatus.PLANNED);

        move(team.lead(), team.organisation(), action, ActionStatus.DROPPED, "Plus de financement");

        ActionDetail detail = queries.action(team.lead(), team.organisation(), action);
        assertThat(detail.summary().status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(detail.dropReason()).isEqualTo("Plus de financement");
        assertThat(detail.log()).last().satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(ActionStatus.PLANNED);
            assertThat(entry.to()).isEqualTo(ActionStatus.DROPPED);
            assertThat(entry.comment()).isEqualTo("Plus de financement");
        });

        move(team.lead(), team.organisation(), action, ActionStatus.PLANNED, "Financement retrouvé");
        assertThat(queries.action(team.lead(), team.organisation(), action).dropReason())
                .isNull();
    }

    @Test
    void movingToTheSameStatusIsRefused() {
        Team team = team();
        long action = service.create(team.lead(), team.organisation(), action("Afficher les heures"));

        assertThatThrownBy(() -> move(team.lead(), team.organisation(), action, ActionStatus.PLANNED, null))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.sameStatus");
    }

    @Test
    void membersCommentWithoutChangingTheStatus() {
        Team team = team();
        long action = service.create(team.lead(), team.organisation(), action("Sondage de satisfaction"));

        service.comment(team.staff(), team.organisation(), action, "Questionnaire prêt à relire");
        assertThatThrownBy(() -> service.comment(team.staff(), team.organisation(), action, " "))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.commentRequired");

        ActionDetail detail = queries.action(team.lead(), team.organisation(), action);
        assertThat(detail.summary().status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(detail.log()).last().satisfies(entry -> {
            assertThat(entry.statusChanged()).isFalse();
            assertThat(entry.from()).isNull();
            assertThat(entry.userName()).isEqualTo(team.staff().displayName());
            assertThat(entry.comment()).isEqualTo("Questionnaire prêt à relire");
        });
    }

    @Test
    void titleIsRequiredAndCriteriaMustExistInTheFramework() {
        Team team = team();

        assertThatThrownBy(() -> service.create(team.lead(), team.organisation(), action("   ")))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.titleRequired");
        assertThatThrownBy(() -> service.create(
                        team.lead(),
                        team.organisation(),
                        new NewAction(
                                "Titre",
                                null,
                                Set.of(new CriterionRef("test-framework", "Z.9")),
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.unknownCriterion");
        assertThatThrownBy(() -> service.create(team.lead(), team.organisation(), action("x".repeat(201))))
                .isInstanceOf(ResponseStatusException.class);
    }

    // Owners

    @Test
    void ownerIsAMemberOrAFreeTextNameButNotBoth() {
        Team team = team();

        long member = service.create(
                team.lead(),
                team.organisation(),
                ownedBy("Mettre à jour le site", team.staff().id()));
        long named = service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Demander une subvention", null, Set.of(), null, " Marie (CA) ", null, null, null));
        long nobody = service.create(team.lead(), team.organisation(), action("Trouver un local"));

        assertThat(queries.action(team.lead(), team.organisation(), member)
                        .summary()
                        .ownerName())
                .isEqualTo(team.staff().displayName());
        ActionSummary freeText =
                queries.action(team.lead(), team.organisation(), named).summary();
        assertThat(freeText.ownerName()).isEqualTo("Marie (CA)");
        assertThat(freeText.ownerUserId()).isNull();
        assertThat(queries.action(team.lead(), team.organisation(), nobody)
                        .summary()
                        .ownerName())
                .isNull();
        assertThatThrownBy(() -> service.create(
                        team.lead(),
                        team.organisation(),
                        new NewAction("Les deux", null, Set.of(), team.staff().id(), "Marie", null, null, null)))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.oneOwner");
    }

    @Test
    void ownerFromAnotherOrganisationIsRefused() {
        Team team = team();
        Team other = team();

        assertThatThrownBy(() -> service.create(
                        team.lead(),
                        team.organisation(),
                        ownedBy("Action", other.staff().id())))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.ownerNotMember");
        long action = service.create(team.lead(), team.organisation(), action("Action"));
        ActionEdit edit = retitled(team.lead(), team.organisation(), action, "Action");
        assertThatThrownBy(() -> service.edit(
                        team.lead(),
                        team.organisation(),
                        action,
                        new ActionEdit(
                                edit.version(),
                                "Action",
                                null,
                                Set.of(),
                                other.lead().id(),
                                null,
                                null,
                                null)))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.ownerNotMember");
    }

    // Permissions

    @Test
    void leadEditsEveryActionStaffOnlyTheirOwn() {
        Team team = team();
        CurrentUser otherStaff = data.current(data.user(Grant.staffOf(team.organisation())));
        long staffsOwn = service.create(
                team.staff(),
                team.organisation(),
                ownedBy("La mienne", team.staff().id()));
        long someoneElses = service.create(team.staff(), team.organisation(), ownedBy("La sienne", otherStaff.id()));
        long unowned = service.create(team.lead(), team.organisation(), action("Personne"));

        service.edit(
                team.lead(),
                team.organisation(),
                someoneElses,
                retitled(team.lead(), team.organisation(), someoneElses, "Par la responsable"));
        move(team.lead(), team.organisation(), unowned, ActionStatus.IN_PROGRESS, null);
        service.edit(
                team.staff(),
                team.organisation(),
                staffsOwn,
                retitled(team.staff(), team.organisation(), staffsOwn, "Renommée"));
        move(team.staff(), team.organisation(), staffsOwn, ActionStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> service.edit(
                        team.staff(),
                        team.organisation(),
                        someoneElses,
                        retitled(team.staff(), team.organisation(), someoneElses, "Non")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(team.staff(), team.organisation(), unowned, ActionStatus.DONE, null))
                .isInstanceOf(AccessDeniedException.class);
        service.comment(team.staff(), team.organisation(), someoneElses, "Je peux aider");

        Map<Long, Boolean> editableByStaff = Map.of(staffsOwn, true, someoneElses, false, unowned, false);
        assertThat(queries.plan(team.staff(), team.organisation(), ActionFilter.all())
                        .actions())
                .allSatisfy(summary -> assertThat(summary.editable()).isEqualTo(editableByStaff.get(summary.id())));
        assertThat(queries.plan(team.lead(), team.organisation(), ActionFilter.all())
                        .actions())
                .allSatisfy(summary -> assertThat(summary.editable()).isTrue());
        assertThat(queries.action(team.lead(), team.organisation(), staffsOwn)
                        .summary()
                        .title())
                .isEqualTo("Renommée");
    }

    @Test
    void adminsReadEveryPlanButWriteNothing() {
        Team team = team();
        CurrentUser admin = data.current(data.user(Grant.admin()));
        long action = service.create(team.lead(), team.organisation(), action("Lue par l’admin"));

        assertThat(titles(queries.plan(admin, team.organisation(), ActionFilter.all())))
                .containsExactly("Lue par l’admin");
        assertThat(queries.plan(admin, team.organisation(), ActionFilter.all()).canAdd())
                .isFalse();
        assertThat(queries.action(admin, team.organisation(), action).canComment())
                .isFalse();
        assertThat(queries.action(admin, team.organisation(), action).summary().editable())
                .isFalse();
        assertThatThrownBy(() -> service.create(admin, team.organisation(), action("Non")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.comment(admin, team.organisation(), action, "Non"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> move(admin, team.organisation(), action, ActionStatus.DONE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.edit(
                        admin, team.organisation(), action, retitled(admin, team.organisation(), action, "Non")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void otherOrganisationsAndCoordinatorsGetNothingEvenWithAGuessedId() {
        Team team = team();
        Team other = team();
        CurrentUser coordinator = data.current(data.user(Grant.coordinatorOf(data.network(team.organisation()))));
        long action = service.create(team.lead(), team.organisation(), action("Confidentielle"));
        long version = version(team.lead(), team.organisation(), action);

        for (CurrentUser outsider : List.of(other.lead(), other.staff(), coordinator)) {
            assertThatThrownBy(() -> queries.plan(outsider, team.organisation(), ActionFilter.all()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.action(outsider, team.organisation(), action))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.openActionsByCriterion(outsider, team.organisation(), "test-framework"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.create(outsider, team.organisation(), action("Non")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.comment(outsider, team.organisation(), action, "Non"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Through their own organisation, the guessed id finds nothing.
        assertThatThrownBy(() -> queries.action(other.lead(), other.organisation(), action))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> service.changeStatus(
                        other.lead(), other.organisation(), action, version, ActionStatus.DONE, null))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> service.comment(other.lead(), other.organisation(), action, "Non"))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(queries.plan(other.lead(), other.organisation(), ActionFilter.all())
                        .actions())
                .isEmpty();
        assertThat(queries.action(team.lead(), team.organisation(), action).log())
                .hasSize(1);
    }

    // Optimistic locking

    @Test
    void aChangeFromAStaleVersionIsRefused() {
        Team team = team();
        long action = service.create(team.lead(), team.organisation(), action("Version 1"));
        ActionEdit first = retitled(team.lead(), team.organisation(), action, "Version 2 (responsable)");
        ActionEdit second = retitled(team.lead(), team.organisation(), action, "Version 2 (autre onglet)");

        service.edit(team.lead(), team.organisation(), action, first);

        assertThatThrownBy(() -> service.edit(team.lead(), team.organisation(), action, second))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.changedMeanwhile");
        assertThatThrownBy(() -> service.changeStatus(
                        team.lead(), team.organisation(), action, second.version(), ActionStatus.DONE, null))
                .isInstanceOf(ActionPlanException.class)
                .hasMessage("actionplan.error.changedMeanwhile");
        ActionDetail detail = queries.action(team.lead(), team.organisation(), action);
        assertThat(detail.summary().title()).isEqualTo("Version 2 (responsable)");
        assertThat(detail.summary().status()).isEqualTo(ActionStatus.PLANNED);
    }

    // Filters, sorting, counts

    @Test
    void planIsSortedByDueDateUndatedLastAndFlagsOverdueAndDueSoonOpenActionsOnly() {
        Team team = team();
        LocalDate today = today();
        service.create(team.lead(), team.organisation(), due("Sans date", null, Priority.HIGH));
        service.create(team.lead(), team.organisation(), due("Dans un mois", today.plusDays(30), Priority.LOW));
        service.create(team.lead(), team.organisation(), due("En retard", today.minusDays(1), Priority.NORMAL));
        service.create(team.lead(), team.organisation(), due("Aujourd’hui", today, Priority.NORMAL));
        service.create(team.lead(), team.organisation(), due("Dans deux semaines", today.plusDays(14), Priority.HIGH));
        long doneLate = service.create(
                team.lead(), team.organisation(), due("Finie en retard", today.minusDays(3), Priority.LOW));
        move(team.lead(), team.organisation(), doneLate, ActionStatus.DONE, null);

        Plan plan = queries.plan(team.lead(), team.organisation(), ActionFilter.all());

        assertThat(titles(plan))
                .containsExactly(
                        "Finie en retard",
                        "En retard",
                        "Aujourd’hui",
                        "Dans deux semaines",
                        "Dans un mois",
                        "Sans date");
        assertThat(plan.actions())
                .filteredOn(ActionSummary::overdue)
                .extracting(ActionSummary::title)
                .containsExactly("En retard");
        assertThat(plan.actions())
                .filteredOn(ActionSummary::dueSoon)
                .extracting(ActionSummary::title)
                .containsExactly("Aujourd’hui", "Dans deux semaines");
        assertThat(plan.overdue()).isEqualTo(1);
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().onlyOverdue())))
                .containsExactly("En retard");

        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().sortedBy(ActionSort.PRIORITY))))
                .containsExactly(
                        "Dans deux semaines",
                        "Sans date",
                        "En retard",
                        "Aujourd’hui",
                        "Finie en retard",
                        "Dans un mois");
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().sortedBy(ActionSort.TITLE))))
                .containsExactly(
                        "Aujourd’hui",
                        "Dans deux semaines",
                        "Dans un mois",
                        "En retard",
                        "Finie en retard",
                        "Sans date");
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().sortedBy(ActionSort.STATUS))))
                .last()
                .isEqualTo("Finie en retard");
    }

    @Test
    void planFiltersByStatusOwnerPriorityAndSourceAssessmentAndCountsEveryStatus() {
        Team team = team();
        long assessment = assessments.start(
                team.lead(),
                team.organisation(),
                new AssessmentService.StartCommand(
                        testFrameworkVersion("v1"), "Bilan", Scope.FULL, Set.of(), null, false));
        long fromReport = service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Du rapport", null, Set.of(TEST_B_2), null, null, null, Priority.HIGH, assessment));
        long staffs = service.create(
                team.lead(),
                team.organisation(),
                ownedBy("Au personnel", team.staff().id()));
        service.create(
                team.lead(),
                team.organisation(),
                new NewAction("À Marie", null, Set.of(), null, "Marie", null, Priority.LOW, null));
        long dropped = service.create(team.lead(), team.organisation(), action("Abandonnée"));
        move(team.lead(), team.organisation(), staffs, ActionStatus.IN_PROGRESS, null);
        move(team.lead(), team.organisation(), dropped, ActionStatus.DROPPED, "Hors mandat");

        Plan all = queries.plan(team.lead(), team.organisation(), ActionFilter.all());
        assertThat(all.counts())
                .containsEntry(ActionStatus.PLANNED, 2)
                .containsEntry(ActionStatus.IN_PROGRESS, 1)
                .containsEntry(ActionStatus.DONE, 0)
                .containsEntry(ActionStatus.DROPPED, 1);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.canAdd()).isTrue();

        Plan open = queries.plan(
                team.lead(),
                team.organisation(),
                ActionFilter.all().withStatuses(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS));
        assertThat(titles(open)).containsExactlyInAnyOrder("Du rapport", "Au personnel", "À Marie");
        assertThat(open.counts()).isEqualTo(all.counts());
        assertThat(titles(queries.plan(
                        team.lead(),
                        team.organisation(),
                        ActionFilter.all().withOwnerUser(team.staff().id()))))
                .containsExactly("Au personnel");
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().withOwnerName("marie"))))
                .containsExactly("À Marie");
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().withPriority(Priority.HIGH))))
                .containsExactly("Du rapport");
        assertThat(titles(queries.plan(
                        team.lead(), team.organisation(), ActionFilter.all().fromAssessment(assessment))))
                .containsExactly("Du rapport");
        assertThat(queries.action(team.lead(), team.organisation(), fromReport)
                        .summary()
                        .sourceAssessmentId())
                .isEqualTo(assessment);
        assertThat(titles(queries.plan(
                        team.lead(),
                        team.organisation(),
                        ActionFilter.all().withStatuses(ActionStatus.DONE).withPriority(Priority.HIGH))))
                .isEmpty();
    }

    @Test
    void sourceAssessmentMustBeTheOrganisations() {
        Team team = team();
        Team other = team();
        long theirs = assessments.start(
                other.lead(),
                other.organisation(),
                new AssessmentService.StartCommand(
                        testFrameworkVersion("v1"), "Bilan", Scope.FULL, Set.of(), null, false));

        assertThatThrownBy(() -> service.create(
                        team.lead(),
                        team.organisation(),
                        new NewAction("Action", null, Set.of(), null, null, null, null, theirs)))
                .isInstanceOf(ResponseStatusException.class);
    }

    // Criteria by code

    @Test
    void openActionsShowUnderTheirCriterionCodeWhateverTheFrameworkVersion() {
        Team team = team();
        long onB2 = service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Sur B.2", null, Set.of(TEST_B_2, CCR_4_3), null, null, null, null, null));
        // A.2 exists only in v1, A.3 only in v2: both are known criteria of the framework.
        service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Sur A.2 et A.3", null, Set.of(TEST_A_2, TEST_A_3), null, null, null, null, null));
        long done = service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Finie sur B.2", null, Set.of(TEST_B_2), null, null, null, null, null));
        move(team.lead(), team.organisation(), done, ActionStatus.DONE, null);
        service.create(
                team.lead(),
                team.organisation(),
                new NewAction("Sur le cadre CCR", null, Set.of(CCR_4_3), null, null, null, null, null));
        Team other = team();
        service.create(
                other.lead(),
                other.organisation(),
                new NewAction("Autre organisme", null, Set.of(TEST_B_2), null, null, null, null, null));

        Map<String, List<ActionSummary>> open =
                queries.openActionsByCriterion(team.staff(), team.organisation(), "test-framework");
        assertThat(open.keySet()).containsExactly("A.2", "A.3", "B.2");
        assertThat(open.get("B.2")).extracting(ActionSummary::id).containsExactly(onB2);
        assertThat(open.get("A.3")).extracting(ActionSummary::title).containsExactly("Sur A.2 et A.3");

        Map<String, List<ActionSummary>> all =
                queries.actionsByCriterion(team.lead(), team.organisation(), "test-framework");
        assertThat(all.get("B.2"))
                .extracting(ActionSummary::title)
                .containsExactlyInAnyOrder("Sur B.2", "Finie sur B.2");
        assertThat(queries.openActionsByCriterion(team.lead(), team.organisation(), "ccr-cleo-2021"))
                .containsOnlyKeys("4.3");
        assertThat(queries.openActionsByCriterion(team.lead(), team.organisation(), "ccr-cleo-2021")
                        .get("4.3"))
                .extracting(ActionSummary::title)
                .containsExactlyInAnyOrder("Sur B.2", "Sur le cadre CCR");
    }

    // Cost

    @Test
    void planCostsTheSameNumberOfStatementsForTwoOrTwentyActions() {
        Team small = team();
        Team large = team();
        for (int i = 0; i < 2; i++) {
            addLinkedAction(small, i);
        }
        for (int i = 0; i < 20; i++) {
            addLinkedAction(large, i);
        }

        long forTwo = statementsForPlan(small);
        long forTwenty = statementsForPlan(large);

        assertThat(forTwenty).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(3);
    }

    private void addLinkedAction(Team team, int i) {
        long action = service.create(
                team.lead(),
                team.organisation(),
                new NewAction(
                        "Action " + i,
                        null,
                        Set.of(TEST_B_2, CCR_4_3),
                        i % 2 == 0 ? team.staff().id() : team.lead().id(),
                        null,
                        today().plusDays(i),
                        Priority.NORMAL,
                        null));
        service.comment(team.lead(), team.organisation(), action, "Note " + i);
    }

    private long statementsForPlan(Team team) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Plan plan = queries.plan(team.lead(), team.organisation(), ActionFilter.all());
        assertThat(plan.actions()).allSatisfy(summary -> {
            assertThat(summary.criteria()).hasSize(2);
            assertThat(summary.ownerName()).isNotNull();
            assertThat(summary.lastLoggedAt()).isNotNull();
        });
        return statistics.getPrepareStatementCount();
    }

    private long testFrameworkVersion(String label) {
        return frameworks.versions(false).stream()
                .filter(version -> version.frameworkCode().equals("test-framework")
                        && version.label().equals(label))
                .map(FrameworkVersionSummary::id)
                .findFirst()
                .orElseThrow();
    }
}

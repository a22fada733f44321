package ca.repere.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.PillarPage;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.SizeBand;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** The life of a self-assessment, on real PostgreSQL: start, scope, answer, submit, reopen, carry over. */
class AssessmentLifecycleTest extends AssessmentTestSupport {

    @Autowired
    OrganisationDirectory organisations;

    @Test
    void startPinsTheVersionCreatesAnAnswerPerCriterionAndKeepsTheContext() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));

        long assessment = startFull(lead, organisation, ccrCleo());

        AssessmentPages.TaskList tasks = queries.taskList(lead, organisation, assessment);
        assertThat(tasks.applicable()).isEqualTo(19);
        assertThat(tasks.answered()).isZero();
        assertThat(tasks.pillars())
                .extracting(AssessmentPages.PillarTask::status)
                .containsOnly(AssessmentPages.TaskStatus.NOT_STARTED);
        assertThat(tasks.header().status()).isEqualTo(AssessmentStatus.DRAFT);
        AssessmentPages.ContextPage context = queries.contextPage(lead, organisation, assessment);
        assertThat(context.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(context.paidStaff()).isEqualTo(5);
        assertThat(tasks.history()).extracting(AssessmentPages.Event::kind).containsExactly("STARTED");
    }

    @Test
    void staffStartOnlyWhenTheirLeadAllowsIt() {
        long organisation = data.organisation();
        CurrentUser staff = data.current(data.user(Grant.staffOf(organisation)));

        assertThatThrownBy(() -> startFull(staff, organisation, ccrCleo())).isInstanceOf(AccessDeniedException.class);

        organisations.letStaffStartAssessments(organisation, true);
        assertThat(startFull(staff, organisation, ccrCleo())).isPositive();
    }

    @Test
    void targetedReviewCoversOnlyTheChosenPillarsAndKeepsItsReason() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));

        long assessment = service.start(
                lead,
                organisation,
                new AssessmentService.StartCommand(
                        ccrCleo().id(),
                        "Examen ciblé",
                        Scope.TARGETED,
                        Set.of("1", "4"),
                        "Plainte reçue en mars",
                        false));

        AssessmentPages.TaskList tasks = queries.taskList(lead, organisation, assessment);
        assertThat(tasks.pillars()).extracting(AssessmentPages.PillarTask::code).containsExactly("1", "4");
        assertThat(tasks.applicable()).isEqualTo(7 + 3);
        assertThat(tasks.header().targetedReason()).isEqualTo("Plainte reçue en mars");
        assertThatThrownBy(() -> queries.pillarPage(lead, organisation, assessment, "2"))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void submitIsRefusedWhileApplicableCriteriaAreUnanswered() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        long assessment = startFull(lead, organisation, ccrCleo());

        assertThatThrownBy(() -> service.submit(lead, organisation, assessment))
                .isInstanceOf(AssessmentStateException.class)
                .hasMessage("assessment.error.unanswered");
        assertThat(queries.header(lead, organisation, assessment).status()).isEqualTo(AssessmentStatus.DRAFT);
    }

    @Test
    void notApplicableCriteriaNeedAReasonAndAreNotRequiredToSubmit() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        long assessment = startFull(lead, organisation, ccrCleo());
        CriterionAnswer insurance = criterion(lead, organisation, assessment, "1", "1.7");

        assertThatThrownBy(() -> service.saveScope(
                        lead,
                        organisation,
                        assessment,
                        List.of(new ScopeEdit(
                                insurance.criterion().id(), insurance.version(), false, " ", Priority.LOW))))
                .isInstanceOf(AssessmentStateException.class)
                .hasMessage("validation.scope.reasonRequired");

        SaveOutcome outcome = service.saveScope(
                lead,
                organisation,
                assessment,
                List.of(new ScopeEdit(
                        insurance.criterion().id(),
                        insurance.version(),
                        false,
                        "Bénévoles seulement, couverts par l’assureur de l’église",
                        Priority.LOW)));
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(queries.taskList(lead, organisation, assessment).applicable())
                .isEqualTo(18);
        assertThat(queries.pillarPage(lead, organisation, assessment, "1").criteria())
                .extracting(answer -> answer.criterion().code())
                .doesNotContain("1.7");

        answerEverything(lead, organisation, assessment, 3);
        service.submit(lead, organisation, assessment);
        assertThat(queries.header(lead, organisation, assessment).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void draftIsSubmittedReopenedWithAReasonAndSubmittedAgainWithEveryStepRecorded() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        long assessment = startFull(lead, organisation, ccrCleo());
        answerEverything(lead, organisation, assessment, 2);

        service.submit(lead, organisation, assessment);
        assertThat(queries.header(lead, organisation, assessment).editable()).isFalse();
        assertThatThrownBy(() -> answerEverything(lead, organisation, assessment, 4))
                .isInstanceOf(AssessmentStateException.class)
                .hasMessage("assessment.error.readOnly");

        service.reopen(lead, organisation, assessment, "Nouvelle politique de plaintes adoptée");
        assertThat(queries.header(lead, organisation, assessment).status()).isEqualTo(AssessmentStatus.REOPENED);
        answerEverything(lead, organisation, assessment, 4);
        service.submit(lead, organisation, assessment);

        AssessmentPages.TaskList tasks = queries.taskList(lead, organisation, assessment);
        assertThat(tasks.header().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(tasks.history())
                .extracting(AssessmentPages.Event::kind, AssessmentPages.Event::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("STARTED", null),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", null),
                        org.assertj.core.groups.Tuple.tuple("REOPENED", "Nouvelle politique de plaintes adoptée"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", null));
        assertThat(tasks.history()).extracting(AssessmentPages.Event::userName).doesNotContainNull();
    }

    @Test
    void onlyTheLeadSubmitsReopensAndDeletes() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        CurrentUser staff = data.current(data.user(Grant.staffOf(organisation)));
        long assessment = startFull(lead, organisation, ccrCleo());
        answerEverything(staff, organisation, assessment, 1);

        assertThatThrownBy(() -> service.submit(staff, organisation, assessment))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(staff, organisation, assessment))
                .isInstanceOf(AccessDeniedException.class);
        service.submit(lead, organisation, assessment);
        assertThatThrownBy(() -> service.reopen(staff, organisation, assessment, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyADraftThatWasNeverSubmittedCanBeDeleted() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        long draft = startFull(lead, organisation, ccrCleo());
        long submitted = startFull(lead, organisation, ccrCleo());
        answerEverything(lead, organisation, submitted, 2);
        service.submit(lead, organisation, submitted);
        service.reopen(lead, organisation, submitted, "Correction");

        assertThatThrownBy(() -> service.delete(lead, organisation, submitted))
                .isInstanceOf(AssessmentStateException.class)
                .hasMessage("assessment.error.notDeletable");
        service.delete(lead, organisation, draft);

        assertThat(queries.list(lead, organisation))
                .extracting(AssessmentPages.Summary::id)
                .containsExactly(submitted);
    }

    @Test
    void anotherOrganisationsAssessmentCannotBeReadOrChangedEvenWithItsId() {
        long theirs = data.organisation();
        CurrentUser theirLead = data.current(data.user(Grant.leadOf(theirs)));
        long assessment = startFull(theirLead, theirs, ccrCleo());
        long mine = data.organisation();
        CurrentUser intruder = data.current(data.user(Grant.leadOf(mine)));

        assertThatThrownBy(() -> queries.taskList(intruder, theirs, assessment))
                .isInstanceOf(AccessDeniedException.class);
        // Their assessment id under my organisation's URL: not found, not theirs.
        assertThatThrownBy(() -> queries.taskList(intruder, mine, assessment))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> service.submit(intruder, mine, assessment))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> service.delete(intruder, theirs, assessment))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.list(theirLead, theirs)).hasSize(1);
    }

    @Test
    void carryOverCopiesAnswersByCodeAcrossVersionsToBeConfirmed() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        FrameworkVersionView v1 = version("test-framework", "v1");
        FrameworkVersionView v2 = version("test-framework", "v2");
        long previous = startFull(lead, organisation, v1);
        answerEverything(lead, organisation, previous, 2);
        service.submit(lead, organisation, previous);

        long next = service.start(
                lead,
                organisation,
                new AssessmentService.StartCommand(v2.id(), "Bilan suivant", Scope.FULL, Set.of(), null, true));

        PillarPage pillarA = queries.pillarPage(lead, organisation, next, "A");
        CriterionAnswer kept = pillarA.criteria().get(0);
        CriterionAnswer added = pillarA.criteria().get(1);
        assertThat(kept.criterion().code()).isEqualTo("A.1");
        assertThat(kept.rating()).isEqualTo(2);
        assertThat(kept.evidence()).isEqualTo("Preuve A.1");
        assertThat(kept.carriedOver()).isTrue();
        assertThat(added.criterion().code()).isEqualTo("A.3");
        assertThat(added.rating()).isNull();
        assertThat(added.carriedOver()).isFalse();
        assertThat(queries.taskList(lead, organisation, next).unconfirmed()).isEqualTo(1 + 6);

        // Carried-over answers must be confirmed (or changed) before submitting.
        service.saveAnswers(
                lead,
                organisation,
                next,
                "A",
                List.of(new AnswerEdit(added.criterion().id(), added.version(), 1, null, null, false, false)),
                List.of());
        for (CriterionAnswer answer :
                queries.pillarPage(lead, organisation, next, "B").criteria()) {
            assertThat(answer.carriedOver()).isTrue();
        }
        assertThatThrownBy(() -> service.submit(lead, organisation, next)).hasMessage("assessment.error.unconfirmed");
        answerEverything(lead, organisation, next, 2);
        service.submit(lead, organisation, next);
    }

    @Test
    void commentsFormThreadsWithNamesAndTimes() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        CurrentUser staff = data.current(data.user(Grant.staffOf(organisation)));
        long assessment = startFull(lead, organisation, ccrCleo());
        long criterion = criterion(lead, organisation, assessment, "1", "1.6")
                .criterion()
                .id();

        service.saveAnswers(
                lead,
                organisation,
                assessment,
                "1",
                List.of(),
                List.of(new NewComment(criterion, null, "Avons-nous un formulaire de plainte ?")));
        long question = onPillarPage(lead, organisation, assessment, "1", "1.6")
                .comments()
                .get(0)
                .id();
        service.saveAnswers(
                staff,
                organisation,
                assessment,
                "1",
                List.of(),
                List.of(new NewComment(criterion, question, "Oui, depuis 2024.")));

        List<AssessmentPages.CommentView> threads =
                onPillarPage(staff, organisation, assessment, "1", "1.6").comments();
        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.body()).isEqualTo("Avons-nous un formulaire de plainte ?");
            assertThat(thread.authorName()).isEqualTo(lead.displayName());
            assertThat(thread.createdAt()).isNotNull();
            assertThat(thread.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.body()).isEqualTo("Oui, depuis 2024.");
                assertThat(reply.authorName()).isEqualTo(staff.displayName());
            });
        });
    }

    @Test
    void assignedPillarsShowOnTheAssigneesHomeUntilSubmitted() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        var staffUser = data.user(Grant.staffOf(organisation));
        CurrentUser staff = data.current(staffUser);
        long assessment = startFull(lead, organisation, ccrCleo());
        FrameworkVersionView framework = ccrCleo();

        service.assign(
                lead,
                organisation,
                assessment,
                List.of(new PillarAssignment(framework.pillars().get(2).id(), staff.id())));

        assertThat(queries.assignedPillars(staff))
                .extracting(AssessmentPages.AssignedPillar::assessmentId, AssessmentPages.AssignedPillar::pillarCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(assessment, "3"));
        assertThat(queries.taskList(lead, organisation, assessment)
                        .pillars()
                        .get(2)
                        .assignees())
                .containsExactly(staff.displayName());
        assertThat(mvc.get().uri("/").with(as(staffUser)))
                .bodyText()
                .contains("/assessments/" + assessment + "/pillars/3");
        assertThatThrownBy(() -> service.assign(staff, organisation, assessment, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A criterion as its pillar page shows it, comments included. */
    private CriterionAnswer onPillarPage(
            CurrentUser user, long organisation, long assessment, String pillar, String code) {
        return queries.pillarPage(user, organisation, assessment, pillar).criteria().stream()
                .filter(answer -> answer.criterion().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private CriterionAnswer criterion(
            CurrentUser user, long organisation, long assessment, String pillar, String code) {
        return queries.scopePage(user, organisation, assessment).pillars().stream()
                .filter(candidate -> candidate.pillar().code().equals(pillar))
                .flatMap(candidate -> candidate.criteria().stream())
                .filter(answer -> answer.criterion().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}

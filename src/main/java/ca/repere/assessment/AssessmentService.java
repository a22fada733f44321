package ca.repere.assessment;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.assessment.SaveOutcome.Conflict;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.ServiceArea;
import ca.repere.shared.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything that changes an assessment. Each method is one transaction; edits carry the version
 * each answer had when the page was shown, and content someone else saved meanwhile is never
 * overwritten silently (see {@link SaveOutcome}).
 */
@Service
@Transactional
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final AssessmentEventRepository events;
    private final AssessmentQueries queries;
    private final AssessmentAccess access;
    private final FrameworkLibrary frameworks;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            CommentRepository comments,
            AssessmentEventRepository events,
            AssessmentQueries queries,
            AssessmentAccess access,
            FrameworkLibrary frameworks,
            OrganisationDirectory organisations,
            AccountService accounts,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.comments = comments;
        this.events = events;
        this.queries = queries;
        this.access = access;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** What the start page asks. {@code pillarCodes} matters only for a targeted review. */
    public record StartCommand(
            long frameworkVersionId,
            String label,
            Scope scope,
            Set<String> pillarCodes,
            String targetedReason,
            boolean carryOver) {}

    public long start(CurrentUser user, long organisationId, StartCommand command) {
        access.requireStart(user, organisationId);
        FrameworkVersionView framework = frameworks
                .versionForNewAssessment(command.frameworkVersionId())
                .orElseThrow(() -> new AssessmentStateException("assessment.error.frameworkUnavailable"));
        List<PillarView> pillars = command.scope() == Scope.FULL
                ? framework.pillars()
                : framework.pillars().stream()
                        .filter(pillar -> command.pillarCodes().contains(pillar.code()))
                        .toList();
        if (pillars.isEmpty()) {
            throw new AssessmentStateException("assessment.error.noPillar");
        }
        OrganisationProfile profile =
                organisations.profile(organisationId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        Instant now = clock.instant();
        Assessment assessment = new Assessment(
                organisationId,
                framework.id(),
                command.label().strip(),
                command.scope(),
                AnswerEdit.blankToNull(command.targetedReason()),
                pillars.stream().map(PillarView::id).toList(),
                user.id(),
                now);
        assessment.describeContext(
                new AssessmentContext(
                        profile.province(),
                        profile.sizeBand(),
                        profile.paidStaffCount(),
                        profile.volunteerCount(),
                        profile.newcomerFocused()),
                profile.serviceAreas());
        assessments.save(assessment);
        List<Answer> created = new ArrayList<>();
        for (PillarView pillar : pillars) {
            for (CriterionView criterion : pillar.criteria()) {
                created.add(new Answer(assessment.getId(), criterion.id(), pillar.id()));
            }
        }
        if (command.carryOver()) {
            carryOver(assessment, framework, pillars, created);
        }
        answers.saveAll(created);
        events.save(new AssessmentEvent(assessment.getId(), AssessmentEvent.Kind.STARTED, user.id(), null, now));
        return assessment.getId();
    }

    /**
     * The organisation's assessment submitted last before {@code assessment} (before now, for a
     * draft) on the same framework, whichever its version.
     */
    static Optional<Assessment> previousSubmitted(
            AssessmentRepository assessments, FrameworkLibrary frameworks, Assessment assessment) {
        String frameworkCode =
                frameworks.pinnedVersion(assessment.getFrameworkVersionId()).frameworkCode();
        List<Long> sameFramework = frameworks.versions(false).stream()
                .filter(version -> version.frameworkCode().equals(frameworkCode))
                .map(FrameworkVersionSummary::id)
                .toList();
        Instant submittedAt = assessment.getSubmittedAt();
        return assessments.submittedNewestFirst(assessment.getOrganisationId(), sameFramework).stream()
                .filter(candidate -> !candidate.getId().equals(assessment.getId()))
                .filter(candidate ->
                        submittedAt == null || candidate.getSubmittedAt().isBefore(submittedAt))
                .findFirst();
    }

    /**
     * Copies the latest submitted assessment of the same framework (any version) into the new
     * one, criterion by criterion code; a criterion new in this version starts empty.
     */
    private void carryOver(
            Assessment assessment, FrameworkVersionView framework, List<PillarView> pillars, List<Answer> created) {
        Optional<Assessment> previous = previousSubmitted(assessments, frameworks, assessment);
        if (previous.isEmpty()) {
            return;
        }
        FrameworkVersionView previousFramework =
                frameworks.pinnedVersion(previous.get().getFrameworkVersionId());
        Map<Long, String> previousCodes = previousFramework.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .collect(Collectors.toMap(CriterionView::id, CriterionView::code));
        Map<String, Answer> previousByCode = answers
                .findByAssessmentId(previous.get().getId())
                .stream()
                .collect(Collectors.toMap(answer -> previousCodes.get(answer.getCriterionId()), Function.identity()));
        Map<Long, String> codes = pillars.stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .collect(Collectors.toMap(CriterionView::id, CriterionView::code));
        Set<Integer> scale =
                framework.ratingScale().stream().map(RatingLevelView::value).collect(Collectors.toSet());
        for (Answer answer : created) {
            Answer before = previousByCode.get(codes.get(answer.getCriterionId()));
            if (before != null) {
                answer.carryOver(before, before.getRating() == null || scale.contains(before.getRating()));
            }
        }
        assessment.carriedOverFrom(previous.get().getId());
    }

    public void saveContext(
            CurrentUser user,
            long organisationId,
            long assessmentId,
            long version,
            AssessmentContext context,
            Set<ServiceArea> serviceAreas) {
        Assessment assessment = editable(user, organisationId, assessmentId);
        if (assessment.getVersion() != version) {
            throw new AssessmentStateException("assessment.error.changedMeanwhile");
        }
        assessment.describeContext(context, serviceAreas);
    }

    /** Saves a pillar page: its answers and the comments typed on it, all or nothing. */
    public SaveOutcome saveAnswers(
            CurrentUser user,
            long organisationId,
            long assessmentId,
            String pillarCode,
            List<AnswerEdit> edits,
            List<NewComment> newComments) {
        Assessment assessment = editable(user, organisationId, assessmentId);
        PillarView pillar = pillarInScope(assessment, pillarCode);
        Map<Long, Answer> current = answers.findByAssessmentIdAndPillarId(assessmentId, pillar.id()).stream()
                .collect(Collectors.toMap(Answer::getCriterionId, Function.identity()));
        Set<Integer> scale = frameworks.pinnedVersion(assessment.getFrameworkVersionId()).ratingScale().stream()
                .map(RatingLevelView::value)
                .collect(Collectors.toSet());
        List<Answer> conflicting = new ArrayList<>();
        for (AnswerEdit edit : edits) {
            Answer answer = answerFor(current, edit.criterionId());
            if (edit.rating() != null && !scale.contains(edit.rating())) {
                throw new ResponseStatusException(BAD_REQUEST, "rating not in scale");
            }
            if (!edit.keepTheirs()
                    && answer.isApplicable()
                    && answer.getVersion() != edit.version()
                    && !answer.content().equals(edit.content())) {
                conflicting.add(answer);
            }
        }
        if (!conflicting.isEmpty()) {
            return conflicts(conflicting);
        }
        Instant now = clock.instant();
        for (AnswerEdit edit : edits) {
            Answer answer = current.get(edit.criterionId());
            if (!edit.keepTheirs() && answer.isApplicable()) {
                answer.update(edit.content(), edit.confirmCarriedOver(), user.id(), now);
            }
        }
        for (NewComment comment : newComments) {
            answerFor(current, comment.criterionId());
            if (comment.parentId() != null
                    && !comments.existsByIdAndAssessmentIdAndCriterionId(
                            comment.parentId(), assessmentId, comment.criterionId())) {
                throw new ResponseStatusException(BAD_REQUEST, "reply to a comment of another criterion");
            }
            comments.save(new Comment(
                    assessmentId, comment.criterionId(), comment.parentId(), user.id(), comment.body(), now));
        }
        return new SaveOutcome.Saved();
    }

    public SaveOutcome saveScope(CurrentUser user, long organisationId, long assessmentId, List<ScopeEdit> edits) {
        Assessment assessment = editable(user, organisationId, assessmentId);
        Map<Long, Answer> current = answers.findByAssessmentId(assessment.getId()).stream()
                .collect(Collectors.toMap(Answer::getCriterionId, Function.identity()));
        List<Answer> conflicting = new ArrayList<>();
        for (ScopeEdit edit : edits) {
            Answer answer = answerFor(current, edit.criterionId());
            if (!edit.applicable() && edit.applicability().notApplicableReason() == null) {
                throw new AssessmentStateException("validation.scope.reasonRequired");
            }
            if (answer.getVersion() != edit.version() && !answer.applicability().equals(edit.applicability())) {
                conflicting.add(answer);
            }
        }
        if (!conflicting.isEmpty()) {
            return conflicts(conflicting);
        }
        Instant now = clock.instant();
        for (ScopeEdit edit : edits) {
            current.get(edit.criterionId()).scope(edit.applicability(), user.id(), now);
        }
        return new SaveOutcome.Saved();
    }

    /** Replaces the pillar assignments; only the lead assigns, and only the organisation's people. */
    public void assign(CurrentUser user, long organisationId, long assessmentId, Collection<PillarAssignment> wanted) {
        access.requireLead(user, organisationId);
        Assessment assessment = editable(user, organisationId, assessmentId);
        Set<Long> people = accounts.membersOfOrganisation(organisationId).stream()
                .map(member -> member.userId())
                .collect(Collectors.toSet());
        for (PillarAssignment assignment : wanted) {
            if (!assessment.getPillarIds().contains(assignment.pillarId()) || !people.contains(assignment.userId())) {
                throw new ResponseStatusException(BAD_REQUEST, "assignment outside the organisation or scope");
            }
        }
        assessment.assign(wanted);
    }

    public void submit(CurrentUser user, long organisationId, long assessmentId) {
        access.requireLead(user, organisationId);
        Assessment assessment = editable(user, organisationId, assessmentId);
        List<Answer> all = answers.findByAssessmentId(assessmentId);
        if (all.stream().anyMatch(answer -> answer.isApplicable() && !answer.isAnswered())) {
            throw new AssessmentStateException("assessment.error.unanswered");
        }
        if (all.stream().anyMatch(answer -> answer.isApplicable() && answer.isCarriedOver())) {
            throw new AssessmentStateException("assessment.error.unconfirmed");
        }
        Instant now = clock.instant();
        AssessmentStatus before = assessment.getStatus();
        assessment.submit(user.id(), now);
        events.save(new AssessmentEvent(assessmentId, AssessmentEvent.Kind.SUBMITTED, user.id(), null, now));
        audit.record(
                "assessment.submitted",
                "assessment",
                assessmentId,
                auditLabel(assessment),
                AuditTrail.state("status", before.name()),
                AuditTrail.state("status", assessment.getStatus().name()));
        publisher.publishEvent(new AssessmentSubmitted(organisationId, assessmentId));
    }

    public void reopen(CurrentUser user, long organisationId, long assessmentId, String reason) {
        access.requireLead(user, organisationId);
        Assessment assessment = queries.load(user, organisationId, assessmentId);
        assessment.reopen();
        events.save(new AssessmentEvent(
                assessmentId, AssessmentEvent.Kind.REOPENED, user.id(), reason.strip(), clock.instant()));
        audit.record(
                "assessment.reopened",
                "assessment",
                assessmentId,
                auditLabel(assessment),
                AuditTrail.state("status", AssessmentStatus.SUBMITTED.name()),
                AuditTrail.state("status", assessment.getStatus().name(), "reason", reason.strip()));
        publisher.publishEvent(new AssessmentReopened(organisationId, assessmentId));
    }

    /** The organisation and the assessment's own label: enough to find it again in the trail. */
    private String auditLabel(Assessment assessment) {
        return organisations.name(assessment.getOrganisationId()).orElse("?") + " — " + assessment.getLabel();
    }

    /** Deletes a draft that was never submitted; submitted work is part of the organisation's record. */
    public void delete(CurrentUser user, long organisationId, long assessmentId) {
        access.requireLead(user, organisationId);
        Assessment assessment = queries.load(user, organisationId, assessmentId);
        if (!assessment.isDeletable()) {
            throw new AssessmentStateException("assessment.error.notDeletable");
        }
        assessments.delete(assessment);
    }

    private Assessment editable(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = queries.load(user, organisationId, assessmentId);
        access.requireEdit(user, organisationId);
        assessment.requireEditable();
        return assessment;
    }

    private PillarView pillarInScope(Assessment assessment, String pillarCode) {
        return AssessmentQueries.pillarsInScope(
                        assessment, frameworks.pinnedVersion(assessment.getFrameworkVersionId()))
                .stream()
                .filter(pillar -> pillar.code().equals(pillarCode))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    /** An edit names a criterion of this page; anything else is a forged form. */
    private static Answer answerFor(Map<Long, Answer> current, long criterionId) {
        Answer answer = current.get(criterionId);
        if (answer == null) {
            throw new ResponseStatusException(BAD_REQUEST, "criterion not on this page");
        }
        return answer;
    }

    private SaveOutcome.Conflicts conflicts(List<Answer> conflicting) {
        Map<Long, String> names = accounts.displayNames(conflicting.stream()
                .map(Answer::getUpdatedBy)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Conflict> byCriterion = new LinkedHashMap<>();
        for (Answer answer : conflicting) {
            byCriterion.put(
                    answer.getCriterionId(),
                    new Conflict(
                            answer.getCriterionId(),
                            answer.getVersion(),
                            answer.getRating(),
                            answer.getEvidence(),
                            answer.getNotes(),
                            answer.isApplicable(),
                            answer.getNotApplicableReason(),
                            answer.getPriority(),
                            names.get(answer.getUpdatedBy()),
                            answer.getUpdatedAt()));
        }
        return new SaveOutcome.Conflicts(byCriterion);
    }
}

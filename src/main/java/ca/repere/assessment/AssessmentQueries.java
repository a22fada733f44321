package ca.repere.assessment;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.assessment.AssessmentPages.AssignedPillar;
import ca.repere.assessment.AssessmentPages.AssignmentPage;
import ca.repere.assessment.AssessmentPages.CommentView;
import ca.repere.assessment.AssessmentPages.ContextPage;
import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.Event;
import ca.repere.assessment.AssessmentPages.Header;
import ca.repere.assessment.AssessmentPages.PillarAnswers;
import ca.repere.assessment.AssessmentPages.PillarPage;
import ca.repere.assessment.AssessmentPages.PillarTask;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.assessment.AssessmentPages.ReviewWithPrevious;
import ca.repere.assessment.AssessmentPages.ScopePage;
import ca.repere.assessment.AssessmentPages.Summary;
import ca.repere.assessment.AssessmentPages.TaskList;
import ca.repere.assessment.AssessmentPages.TaskStatus;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.organisation.OrganisationDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds the assessment pages. Each page costs a fixed number of queries whatever the number of
 * criteria: the framework version comes from the library's cache, answers and comments of the
 * page in one query each, and all names in one.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final AssessmentEventRepository events;
    private final AssessmentAccess access;
    private final FrameworkLibrary frameworks;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;
    private final ObjectProvider<SharedResults> sharedResults;

    AssessmentQueries(
            AssessmentRepository assessments,
            AnswerRepository answers,
            CommentRepository comments,
            AssessmentEventRepository events,
            AssessmentAccess access,
            FrameworkLibrary frameworks,
            OrganisationDirectory organisations,
            AccountService accounts,
            ObjectProvider<SharedResults> sharedResults) {
        this.assessments = assessments;
        this.answers = answers;
        this.comments = comments;
        this.events = events;
        this.access = access;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.accounts = accounts;
        this.sharedResults = sharedResults;
    }

    public List<Summary> list(CurrentUser user, long organisationId) {
        access.requireRead(user, organisationId);
        List<Assessment> found = assessments.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
        Map<Long, int[]> progress = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : answers.progressInOrganisation(organisationId)) {
                progress.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
            }
        }
        return found.stream()
                .map(assessment -> {
                    FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
                    int[] counts = progress.getOrDefault(assessment.getId(), new int[] {0, 0});
                    return new Summary(
                            assessment.getId(),
                            assessment.getLabel(),
                            framework.frameworkName(),
                            framework.label(),
                            assessment.getScope(),
                            assessment.getStatus(),
                            counts[1],
                            counts[0],
                            assessment.getCreatedAt(),
                            assessment.getSubmittedAt(),
                            assessment.isDeletable() && user.isLeadOf(organisationId));
                })
                .toList();
    }

    public Header header(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        return header(user, assessment, frameworks.pinnedVersion(assessment.getFrameworkVersionId()));
    }

    public TaskList taskList(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
        List<Answer> all = answers.findByAssessmentId(assessmentId);
        List<AssessmentEvent> history = events.findByAssessmentIdOrderByOccurredAt(assessmentId);
        Map<Long, String> names = accounts.displayNames(Stream.of(
                        all.stream().map(Answer::getUpdatedBy),
                        assessment.getAssignments().stream().map(PillarAssignment::userId),
                        history.stream().map(AssessmentEvent::getUserId))
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, List<Answer>> byPillar = all.stream().collect(Collectors.groupingBy(Answer::getPillarId));
        List<PillarTask> tasks = pillarsInScope(assessment, framework).stream()
                .map(pillar -> task(pillar, byPillar.getOrDefault(pillar.id(), List.of()), assessment, names))
                .toList();
        return new TaskList(
                header(user, assessment, framework),
                tasks,
                tasks.stream().mapToInt(PillarTask::answered).sum(),
                tasks.stream().mapToInt(PillarTask::applicable).sum(),
                (int) all.stream()
                        .filter(answer -> answer.isApplicable() && answer.isCarriedOver())
                        .count(),
                history.stream()
                        .map(event -> new Event(
                                event.getKind().name(),
                                names.get(event.getUserId()),
                                event.getOccurredAt(),
                                event.getReason()))
                        .toList());
    }

    public PillarPage pillarPage(CurrentUser user, long organisationId, long assessmentId, String pillarCode) {
        Assessment assessment = load(user, organisationId, assessmentId);
        FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
        List<PillarView> inScope = pillarsInScope(assessment, framework);
        PillarView pillar = inScope.stream()
                .filter(candidate -> candidate.code().equals(pillarCode))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        List<CriterionAnswer> criteria = criterionAnswers(
                        assessment,
                        List.of(pillar),
                        answers.findByAssessmentIdAndPillarId(assessmentId, pillar.id()),
                        true)
                .get(0)
                .criteria();
        int index = inScope.indexOf(pillar);
        return new PillarPage(
                header(user, assessment, framework),
                pillar,
                framework.ratingScale(),
                criteria.stream().filter(CriterionAnswer::applicable).toList(),
                index > 0 ? inScope.get(index - 1).code() : null,
                index < inScope.size() - 1 ? inScope.get(index + 1).code() : null,
                (int) criteria.stream().filter(answer -> !answer.applicable()).count());
    }

    /** The codes of the pillars in scope, in the framework's order: where "next" and "previous" lead. */
    public List<String> pillarCodes(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        return pillarsInScope(assessment, frameworks.pinnedVersion(assessment.getFrameworkVersionId())).stream()
                .map(PillarView::code)
                .toList();
    }

    /**
     * The ratings of these assessments if submitted, asked by no one in particular: for results
     * that the application keeps itself (scores kept for networks and benchmarks). Nothing a
     * person wrote is returned.
     */
    public List<SubmittedAnswers> submittedAnswers(Collection<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(assessmentIds);
        Map<Long, List<SubmittedAnswers.Rating>> ratings = new HashMap<>();
        for (Answer answer : answers.ofAssessments(ids)) {
            ratings.computeIfAbsent(answer.getAssessmentId(), id -> new ArrayList<>())
                    .add(new SubmittedAnswers.Rating(
                            answer.getCriterionId(), answer.isApplicable(), answer.getRating()));
        }
        return assessments.submittedWithPillars(ids).stream()
                .map(assessment -> new SubmittedAnswers(
                        assessment.getId(),
                        assessment.getOrganisationId(),
                        assessment.getFrameworkVersionId(),
                        assessment.getSubmittedAt(),
                        Set.copyOf(assessment.getPillarIds()),
                        List.copyOf(ratings.getOrDefault(assessment.getId(), List.of()))))
                .toList();
    }

    /** Every submitted assessment, oldest first: to compute kept results that are missing. */
    public List<Long> submittedAssessmentIds() {
        return assessments.submittedIds();
    }

    public Review review(CurrentUser user, long organisationId, long assessmentId) {
        return review(user, load(user, organisationId, assessmentId));
    }

    /**
     * An assessment's answers beside those of the organisation's assessment submitted last before
     * it on the same framework (any of its versions), if any: what a report compares.
     */
    public ReviewWithPrevious reviewWithPrevious(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = loadSubmittedOrOwn(user, organisationId, assessmentId);
        return new ReviewWithPrevious(
                review(user, assessment),
                AssessmentService.previousSubmitted(assessments, frameworks, assessment)
                        .map(previous -> review(user, previous)));
    }

    private Review review(CurrentUser user, Assessment assessment) {
        long assessmentId = assessment.getId();
        FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
        List<Answer> all = answers.findByAssessmentId(assessmentId);
        List<PillarAnswers> pillars = criterionAnswers(assessment, pillarsInScope(assessment, framework), all, false);
        return new Review(
                header(user, assessment, framework),
                pillars,
                framework.ratingScale(),
                (int) all.stream()
                        .filter(answer -> answer.isApplicable() && !answer.isAnswered())
                        .count(),
                (int) all.stream()
                        .filter(answer -> answer.isApplicable() && answer.isCarriedOver())
                        .count());
    }

    public ScopePage scopePage(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
        return new ScopePage(
                header(user, assessment, framework),
                criterionAnswers(
                        assessment,
                        pillarsInScope(assessment, framework),
                        answers.findByAssessmentId(assessmentId),
                        false));
    }

    public ContextPage contextPage(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        AssessmentContext context = assessment.getContext();
        return new ContextPage(
                header(user, assessment, frameworks.pinnedVersion(assessment.getFrameworkVersionId())),
                context.province(),
                context.sizeBand(),
                context.paidStaff(),
                context.volunteers(),
                context.newcomerFocused(),
                Set.copyOf(assessment.getContextServiceAreas()),
                assessment.getVersion());
    }

    public AssignmentPage assignmentPage(CurrentUser user, long organisationId, long assessmentId) {
        Assessment assessment = load(user, organisationId, assessmentId);
        FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
        return new AssignmentPage(
                header(user, assessment, framework),
                pillarsInScope(assessment, framework),
                accounts.membersOfOrganisation(organisationId).stream()
                        .filter(member -> member.role().isOrganisationRole() && member.enabled())
                        .collect(Collectors.toMap(
                                member -> member.userId(),
                                Function.identity(),
                                (first, second) -> first,
                                LinkedHashMap::new))
                        .values()
                        .stream()
                        .toList(),
                assessment.getAssignments().stream()
                        .map(assignment -> assignment.pillarId() + ":" + assignment.userId())
                        .collect(Collectors.toSet()));
    }

    /** The pillars a person is asked to answer in assessments still open, for their home page. */
    public List<AssignedPillar> assignedPillars(CurrentUser user) {
        List<AssignedPillar> assigned = new ArrayList<>();
        Map<Long, String> organisationNames = new HashMap<>();
        for (Assessment assessment : assessments.openAssessmentsAssignedTo(user.id())) {
            if (!user.isMemberOf(assessment.getOrganisationId())) {
                continue;
            }
            FrameworkVersionView framework = frameworks.pinnedVersion(assessment.getFrameworkVersionId());
            String organisationName = organisationNames.computeIfAbsent(
                    assessment.getOrganisationId(), id -> organisations.name(id).orElse(""));
            Set<Long> mine = assessment.getAssignments().stream()
                    .filter(assignment -> assignment.userId() == user.id())
                    .map(PillarAssignment::pillarId)
                    .collect(Collectors.toSet());
            for (PillarView pillar : framework.pillars()) {
                if (mine.contains(pillar.id())) {
                    assigned.add(new AssignedPillar(
                            assessment.getOrganisationId(),
                            organisationName,
                            assessment.getId(),
                            assessment.getLabel(),
                            pillar.code(),
                            pillar.title()));
                }
            }
        }
        return assigned;
    }

    /**
     * Whether this person reads the organisation's results as a coordinator of a network it
     * shares them with (not as a member or admin): then only submitted assessments, read-only.
     */
    public boolean readsAsNetwork(CurrentUser user, long organisationId) {
        return !access.canRead(user, organisationId) && sharedWithCoordinator(user, organisationId);
    }

    /**
     * An assessment its organisation's members and admins may read, or, submitted, a coordinator
     * of a network the organisation shares its results with. Anyone else: 403, before any lookup.
     */
    private Assessment loadSubmittedOrOwn(CurrentUser user, long organisationId, long assessmentId) {
        if (access.canRead(user, organisationId)) {
            return load(user, organisationId, assessmentId);
        }
        if (!sharedWithCoordinator(user, organisationId)) {
            throw new org.springframework.security.access.AccessDeniedException("organisation " + organisationId);
        }
        return assessments
                .findByIdAndOrganisationId(assessmentId, organisationId)
                .filter(assessment -> assessment.getStatus() == AssessmentStatus.SUBMITTED)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    private boolean sharedWithCoordinator(CurrentUser user, long organisationId) {
        SharedResults shared = sharedResults.getIfAvailable();
        return shared != null && shared.sharedWithCoordinator(user, organisationId);
    }

    Assessment load(CurrentUser user, long organisationId, long assessmentId) {
        access.requireRead(user, organisationId);
        return assessments
                .findByIdAndOrganisationId(assessmentId, organisationId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    static List<PillarView> pillarsInScope(Assessment assessment, FrameworkVersionView framework) {
        return framework.pillars().stream()
                .filter(pillar -> assessment.getPillarIds().contains(pillar.id()))
                .toList();
    }

    private Header header(CurrentUser user, Assessment assessment, FrameworkVersionView framework) {
        long organisationId = assessment.getOrganisationId();
        return new Header(
                assessment.getId(),
                organisationId,
                organisations.name(organisationId).orElse(""),
                assessment.getLabel(),
                framework.id(),
                framework.frameworkName(),
                framework.label(),
                assessment.getScope(),
                assessment.getTargetedReason(),
                assessment.getStatus(),
                assessment.getStatus().isEditable() && access.canEdit(user, organisationId),
                user.isLeadOf(organisationId),
                assessment.getCreatedAt(),
                assessment.getSubmittedAt());
    }

    private PillarTask task(
            PillarView pillar, List<Answer> pillarAnswers, Assessment assessment, Map<Long, String> names) {
        int applicable =
                (int) pillarAnswers.stream().filter(Answer::isApplicable).count();
        int answered = (int) pillarAnswers.stream()
                .filter(answer -> answer.isApplicable() && answer.isAnswered())
                .count();
        int unconfirmed = (int) pillarAnswers.stream()
                .filter(answer -> answer.isApplicable() && answer.isCarriedOver())
                .count();
        boolean started = pillarAnswers.stream().anyMatch(Answer::isStarted);
        // A pillar whose answers were carried over is not done until someone confirms them.
        TaskStatus status = answered == applicable && unconfirmed == 0 && (started || applicable == 0)
                ? TaskStatus.COMPLETED
                : started ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
        Answer lastEdited = pillarAnswers.stream()
                .filter(answer -> answer.getUpdatedAt() != null)
                .max(Comparator.comparing(Answer::getUpdatedAt))
                .orElse(null);
        return new PillarTask(
                pillar.code(),
                pillar.title(),
                status,
                answered,
                applicable,
                pillarAnswers.size() - applicable,
                unconfirmed,
                lastEdited == null ? null : names.get(lastEdited.getUpdatedBy()),
                lastEdited == null ? null : lastEdited.getUpdatedAt(),
                assessment.getAssignments().stream()
                        .filter(assignment -> assignment.pillarId().equals(pillar.id()))
                        .map(assignment -> names.get(assignment.userId()))
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList());
    }

    /** The answers of the given pillars, with their editors' names and, if asked, their comments. */
    private List<PillarAnswers> criterionAnswers(
            Assessment assessment, List<PillarView> pillars, List<Answer> pillarAnswers, boolean withComments) {
        Map<Long, Answer> byCriterion =
                pillarAnswers.stream().collect(Collectors.toMap(Answer::getCriterionId, Function.identity()));
        List<Long> criterionIds = pillars.stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .map(CriterionView::id)
                .toList();
        List<Comment> pillarComments = withComments && !criterionIds.isEmpty()
                ? comments.onCriteria(assessment.getId(), criterionIds.toArray(Long[]::new))
                : List.of();
        Set<Long> people = new HashSet<>();
        pillarAnswers.stream()
                .map(Answer::getUpdatedBy)
                .filter(Objects::nonNull)
                .forEach(people::add);
        pillarComments.stream().map(Comment::getAuthorId).forEach(people::add);
        Map<Long, String> names = accounts.displayNames(people);
        Map<Long, List<CommentView>> threads = threads(pillarComments, names);
        return pillars.stream()
                .map(pillar -> new PillarAnswers(
                        pillar,
                        pillar.criteria().stream()
                                .filter(criterion -> byCriterion.containsKey(criterion.id()))
                                .map(criterion -> criterionAnswer(
                                        criterion,
                                        byCriterion.get(criterion.id()),
                                        names,
                                        threads.getOrDefault(criterion.id(), List.of())))
                                .toList()))
                .toList();
    }

    private static CriterionAnswer criterionAnswer(
            CriterionView criterion, Answer answer, Map<Long, String> names, List<CommentView> comments) {
        return new CriterionAnswer(
                criterion,
                answer.getVersion(),
                answer.isApplicable(),
                answer.getNotApplicableReason(),
                answer.getPriority(),
                answer.getRating(),
                answer.getEvidence(),
                answer.getNotes(),
                answer.isCarriedOver(),
                answer.getUpdatedBy() == null ? null : names.get(answer.getUpdatedBy()),
                answer.getUpdatedAt(),
                comments);
    }

    /** Top-level comments per criterion, each with its replies (a reply to a reply joins the same thread). */
    private static Map<Long, List<CommentView>> threads(Collection<Comment> all, Map<Long, String> names) {
        Map<Long, Comment> byId = all.stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
        Map<Long, List<Comment>> replies = new HashMap<>();
        for (Comment comment : all) {
            if (comment.getParentId() != null) {
                replies.computeIfAbsent(root(comment, byId).getId(), id -> new ArrayList<>())
                        .add(comment);
            }
        }
        Map<Long, List<CommentView>> threads = new HashMap<>();
        for (Comment comment : all) {
            if (comment.getParentId() == null) {
                List<CommentView> answersToIt = replies.getOrDefault(comment.getId(), List.of()).stream()
                        .map(reply -> view(reply, names, List.of()))
                        .toList();
                threads.computeIfAbsent(comment.getCriterionId(), id -> new ArrayList<>())
                        .add(view(comment, names, answersToIt));
            }
        }
        return threads;
    }

    private static Comment root(Comment comment, Map<Long, Comment> byId) {
        Comment current = comment;
        while (current.getParentId() != null && byId.containsKey(current.getParentId())) {
            current = byId.get(current.getParentId());
        }
        return current;
    }

    private static CommentView view(Comment comment, Map<Long, String> names, List<CommentView> replies) {
        return new CommentView(
                comment.getId(), names.get(comment.getAuthorId()), comment.getCreatedAt(), comment.getBody(), replies);
    }
}

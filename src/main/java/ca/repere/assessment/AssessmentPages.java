package ca.repere.assessment;

import ca.repere.account.MemberView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.i18n.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the assessment pages show: read models built in one transaction, detached from JPA. */
public final class AssessmentPages {

    private AssessmentPages() {}

    /** The top of every assessment page. */
    public record Header(
            long id,
            long organisationId,
            String organisationName,
            String label,
            long frameworkVersionId,
            LocalizedText frameworkName,
            String frameworkLabel,
            Scope scope,
            String targetedReason,
            AssessmentStatus status,
            boolean editable,
            boolean lead,
            Instant createdAt,
            Instant submittedAt) {}

    /** A line of the organisation's assessments list. */
    public record Summary(
            long id,
            String label,
            LocalizedText frameworkName,
            String frameworkLabel,
            Scope scope,
            AssessmentStatus status,
            int answered,
            int applicable,
            Instant createdAt,
            Instant submittedAt,
            boolean deletable) {

        public int percent() {
            return applicable == 0 ? 100 : Math.round(100f * answered / applicable);
        }
    }

    public enum TaskStatus {
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED
    }

    public record PillarTask(
            String code,
            LocalizedText title,
            TaskStatus status,
            int answered,
            int applicable,
            int notApplicable,
            int unconfirmed,
            String lastEditorName,
            Instant lastEditedAt,
            List<String> assignees) {}

    public record TaskList(
            Header header,
            List<PillarTask> pillars,
            int answered,
            int applicable,
            int unconfirmed,
            List<Event> history) {

        public boolean readyToSubmit() {
            return answered == applicable && unconfirmed == 0;
        }
    }

    /** A criterion with the team's answer, its last editor and its comment threads. */
    public record CriterionAnswer(
            CriterionView criterion,
            long version,
            boolean applicable,
            String notApplicableReason,
            Priority priority,
            Integer rating,
            String evidence,
            String notes,
            boolean carriedOver,
            String lastEditorName,
            Instant lastEditedAt,
            List<CommentView> comments) {

        public boolean answered() {
            return rating != null;
        }
    }

    public record CommentView(long id, String authorName, Instant createdAt, String body, List<CommentView> replies) {}

    public record PillarPage(
            Header header,
            PillarView pillar,
            List<RatingLevelView> scale,
            List<CriterionAnswer> criteria,
            String previousPillarCode,
            String nextPillarCode,
            int notApplicableCount) {}

    /** A level of the rating scale as a pillar page shows it, in the page's language. */
    public record ScaleLevel(int value, String title, String description) {}

    /** Texts a pillar page repeats for every criterion, resolved once per page. */
    public record PillarTexts(
            String rating,
            String guidance,
            String evidence,
            String evidenceHint,
            String notes,
            String addComment,
            String commentHint) {}

    /** A pillar with the answers to its criteria in this assessment (all of them, applicable or not). */
    public record PillarAnswers(PillarView pillar, List<CriterionAnswer> criteria) {}

    public record Review(
            Header header, List<PillarAnswers> pillars, List<RatingLevelView> scale, int unanswered, int unconfirmed) {

        public boolean readyToSubmit() {
            return unanswered == 0 && unconfirmed == 0;
        }

        /** The scale level of a rating value. */
        public RatingLevelView level(Integer value) {
            return RatingLevelView.of(scale, value);
        }
    }

    /** An assessment's review and, if there is one, that of the assessment submitted before it. */
    public record ReviewWithPrevious(Review current, Optional<Review> previous) {}

    public record ScopePage(Header header, List<PillarAnswers> pillars) {

        /** Where a pillar's criteria start in the page's single list of form rows. */
        public int offsetOf(int pillarIndex) {
            return pillars.subList(0, pillarIndex).stream()
                    .mapToInt(pillar -> pillar.criteria().size())
                    .sum();
        }
    }

    public record AssignmentPage(
            Header header, List<PillarView> pillars, List<MemberView> members, Set<String> assigned) {

        public boolean isAssigned(long pillarId, long userId) {
            return assigned.contains(pillarId + ":" + userId);
        }
    }

    public record ContextPage(
            Header header,
            Province province,
            SizeBand sizeBand,
            int paidStaff,
            int volunteers,
            boolean newcomerFocused,
            Set<ServiceArea> serviceAreas,
            long version) {}

    public record Event(String kind, String userName, Instant at, String reason) {}

    /** A pillar someone is asked to answer, for their home page. */
    public record AssignedPillar(
            long organisationId,
            String organisationName,
            long assessmentId,
            String assessmentLabel,
            String pillarCode,
            LocalizedText pillarTitle) {}
}

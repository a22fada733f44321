package ca.repere.network;

import ca.repere.account.Access;
import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.scoring.Score;
import ca.repere.shared.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A coordinator's feedback on a member's shared submitted self-assessment. Only an assessment
 * that is submitted now (it has kept results), of an organisation that shares with this network,
 * can be reviewed; anything else is "not found", whatever id is guessed.
 */
@Service
public class NetworkReviews {

    private final JdbcClient jdbc;
    private final Access access;
    private final FrameworkLibrary frameworks;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkReviews(
            JdbcClient jdbc,
            Access access,
            FrameworkLibrary frameworks,
            AccountService accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.frameworks = frameworks;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the review page shows: the assessment's scores and the feedback so far (or an empty form). */
    @Transactional(readOnly = true)
    public ReviewPage page(CurrentUser user, long networkId, long assessmentId) {
        Subject subject = subject(user, networkId, assessmentId);
        Optional<Stored> stored = stored(networkId, assessmentId);
        ReviewForm form = new ReviewForm();
        Map<String, ReviewForm.PillarFeedback> byPillar =
                stored.map(Stored::pillars).orElse(Map.of());
        stored.ifPresent(review -> {
            form.setStrengths(review.strengths());
            form.setSupport(review.support());
            form.setVersion(review.version());
        });
        form.setPillars(subject.pillars().stream()
                .map(pillar -> byPillar.getOrDefault(
                        pillar.pillar().code(),
                        new ReviewForm.PillarFeedback(pillar.pillar().code(), null, null)))
                .toList());
        return new ReviewPage(subject, form, stored.map(Stored::reviewedAt).orElse(null));
    }

    /** The subject of a form sent back with errors, to show it again around what was typed. */
    @Transactional(readOnly = true)
    public Subject subject(CurrentUser user, long networkId, long assessmentId) {
        access.requireNetwork(user, networkId);
        Map<String, Object> row =
                jdbc
                        .sql("""
                        select r.organisation_id, o.name, r.framework_version_id, r.submitted_at, r.overall
                        from assessment_result r
                        join network_sharing ns on ns.organisation_id = r.organisation_id and ns.network_id = :network
                        join organisation o on o.id = r.organisation_id
                        where r.assessment_id = :assessment
                        """)
                        .param("network", networkId)
                        .param("assessment", assessmentId)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FrameworkVersionView version = frameworks.pinnedVersion(((Number) row.get("framework_version_id")).longValue());
        Map<String, Double> scores = jdbc
                .sql("select pillar_code, score from pillar_result where assessment_id = :a")
                .param("a", assessmentId)
                .query((result, n) -> Map.entry(
                        result.getString("pillar_code"),
                        Optional.ofNullable(result.getBigDecimal("score"))
                                .map(Number::doubleValue)
                                .orElse(-1d)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<PillarLine> pillars = version.pillars().stream()
                .filter(pillar -> scores.containsKey(pillar.code()))
                .map(pillar -> new PillarLine(pillar, percent(scores.get(pillar.code()))))
                .toList();
        return new Subject(
                networkId,
                assessmentId,
                ((Number) row.get("organisation_id")).longValue(),
                (String) row.get("name"),
                ((Timestamp) row.get("submitted_at")).toInstant(),
                percent(row.get("overall") == null ? -1d : ((Number) row.get("overall")).doubleValue()),
                pillars);
    }

    /**
     * Saves the feedback; with {@code markReviewed}, also marks it reviewed, which shows it to the
     * organisation and tells its leads by e-mail (after commit).
     *
     * @throws StaleReviewException when someone saved this review since the form was opened
     */
    @Transactional
    public void save(CurrentUser user, long networkId, long assessmentId, ReviewForm form, boolean markReviewed) {
        // Admins read feedback; writing it is the network's own word to its member, like a plan is the organisation's.
        if (!user.isCoordinatorOf(networkId)) {
            throw new AccessDeniedException("write feedback for network " + networkId);
        }
        Subject subject = subject(user, networkId, assessmentId);
        Optional<Stored> before = stored(networkId, assessmentId);
        Long expected = before.map(Stored::version).orElse(null);
        if (!java.util.Objects.equals(expected, form.getVersion())) {
            throw new StaleReviewException();
        }
        Instant now = clock.instant();
        long reviewId;
        if (before.isEmpty()) {
            reviewId = jdbc.sql("""
                            insert into assessment_review (assessment_id, network_id, strengths, support, updated_by, updated_at)
                            values (:assessment, :network, :strengths, :support, :user, :now)
                            on conflict (assessment_id, network_id) do nothing
                            returning id
                            """)
                    .param("assessment", assessmentId)
                    .param("network", networkId)
                    .param("strengths", blankToNull(form.getStrengths()))
                    .param("support", blankToNull(form.getSupport()))
                    .param("user", user.id())
                    .param("now", Timestamp.from(now))
                    .query(Long.class)
                    .optional()
                    // Another coordinator created it between our read and this insert.
                    .orElseThrow(StaleReviewException::new);
        } else {
            reviewId = before.get().id();
            int updated = jdbc.sql("""
                            update assessment_review
                            set strengths = :strengths, support = :support, updated_by = :user, updated_at = :now,
                                version = version + 1
                            where id = :id and version = :version
                            """)
                    .param("strengths", blankToNull(form.getStrengths()))
                    .param("support", blankToNull(form.getSupport()))
                    .param("user", user.id())
                    .param("now", Timestamp.from(now))
                    .param("id", reviewId)
                    .param("version", expected)
                    .update();
            if (updated == 0) {
                throw new StaleReviewException();
            }
        }
        jdbc.sql("delete from assessment_review_pillar where review_id = :id")
                .param("id", reviewId)
                .update();
        List<String> codes =
                subject.pillars().stream().map(line -> line.pillar().code()).toList();
        for (ReviewForm.PillarFeedback pillar : form.getPillars()) {
            String strengths = blankToNull(pillar.getStrengths());
            String support = blankToNull(pillar.getSupport());
            if (codes.contains(pillar.getCode()) && (strengths != null || support != null)) {
                jdbc.sql("""
                                insert into assessment_review_pillar (review_id, pillar_code, strengths, support)
                                values (:id, :code, :strengths, :support)
                                """)
                        .param("id", reviewId)
                        .param("code", pillar.getCode())
                        .param("strengths", strengths)
                        .param("support", support)
                        .update();
            }
        }
        boolean newlyReviewed = markReviewed && before.map(Stored::reviewedAt).orElse(null) == null;
        if (markReviewed) {
            jdbc.sql("update assessment_review set reviewed_at = :now, reviewed_by = :user where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("user", user.id())
                    .param("id", reviewId)
                    .update();
        }
        audit.record(
                markReviewed ? "network.review.marked" : "network.review.saved",
                "assessment",
                assessmentId,
                subject.organisationName(),
                before.map(review -> AuditTrail.state(
                                "strengths",
                                review.strengths(),
                                "support",
                                review.support(),
                                "reviewed",
                                review.reviewedAt() != null))
                        .orElse(null),
                AuditTrail.state(
                        "strengths",
                        blankToNull(form.getStrengths()),
                        "support",
                        blankToNull(form.getSupport()),
                        "reviewed",
                        markReviewed
                                || before.map(review -> review.reviewedAt() != null)
                                        .orElse(false)));
        if (newlyReviewed) {
            events.publishEvent(new AssessmentReviewed(networkId, assessmentId, subject.organisationId()));
        }
    }

    /** Feedback marked reviewed on this assessment, from every network, for the organisation's report. */
    @Transactional(readOnly = true)
    public List<ca.repere.scoring.NetworkComparisons.Feedback> reviewedFeedback(
            long organisationId, long assessmentId) {
        List<Map<String, Object>> reviews = jdbc.sql("""
                        select ar.id, n.name as network, ar.reviewed_by, ar.reviewed_at, ar.strengths, ar.support
                        from assessment_review ar
                        join network n on n.id = ar.network_id
                        join assessment a on a.id = ar.assessment_id and a.organisation_id = :organisation
                        where ar.assessment_id = :assessment and ar.reviewed_at is not null
                        order by lower(n.name)
                        """)
                .param("organisation", organisationId)
                .param("assessment", assessmentId)
                .query()
                .listOfRows();
        if (reviews.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ca.repere.scoring.NetworkComparisons.PillarFeedback>> pillars = jdbc
                .sql("""
                        select p.review_id, p.pillar_code, p.strengths, p.support
                        from assessment_review_pillar p join assessment_review ar on ar.id = p.review_id
                        where ar.assessment_id = :assessment
                        order by p.pillar_code
                        """)
                .param("assessment", assessmentId)
                .query((row, n) -> Map.entry(
                        row.getLong("review_id"),
                        new ca.repere.scoring.NetworkComparisons.PillarFeedback(
                                row.getString("pillar_code"), row.getString("strengths"), row.getString("support"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, String> names = accounts.displayNames(reviews.stream()
                .map(row -> row.get("reviewed_by"))
                .filter(java.util.Objects::nonNull)
                .map(id -> ((Number) id).longValue())
                .collect(Collectors.toSet()));
        return reviews.stream()
                .map(row -> new ca.repere.scoring.NetworkComparisons.Feedback(
                        (String) row.get("network"),
                        row.get("reviewed_by") == null
                                ? ""
                                : names.getOrDefault(((Number) row.get("reviewed_by")).longValue(), ""),
                        ((Timestamp) row.get("reviewed_at")).toInstant(),
                        (String) row.get("strengths"),
                        (String) row.get("support"),
                        pillars.getOrDefault(((Number) row.get("id")).longValue(), List.of())))
                .toList();
    }

    private Optional<Stored> stored(long networkId, long assessmentId) {
        Optional<Map<String, Object>> row =
                jdbc
                        .sql("""
                        select id, strengths, support, reviewed_at, version from assessment_review
                        where network_id = :network and assessment_id = :assessment
                        """)
                        .param("network", networkId)
                        .param("assessment", assessmentId)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst();
        return row.map(review -> {
            long id = ((Number) review.get("id")).longValue();
            Map<String, ReviewForm.PillarFeedback> pillars = jdbc
                    .sql("select pillar_code, strengths, support from assessment_review_pillar where review_id = :id")
                    .param("id", id)
                    .query((result, n) -> new ReviewForm.PillarFeedback(
                            result.getString("pillar_code"),
                            result.getString("strengths"),
                            result.getString("support")))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(ReviewForm.PillarFeedback::getCode, Function.identity()));
            Timestamp reviewedAt = (Timestamp) review.get("reviewed_at");
            return new Stored(
                    id,
                    (String) review.get("strengths"),
                    (String) review.get("support"),
                    reviewedAt == null ? null : reviewedAt.toInstant(),
                    ((Number) review.get("version")).longValue(),
                    pillars);
        });
    }

    private static Integer percent(double value) {
        return value < 0 ? null : Score.percent(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Stored(
            long id,
            String strengths,
            String support,
            Instant reviewedAt,
            long version,
            Map<String, ReviewForm.PillarFeedback> pillars) {}

    public record Subject(
            long networkId,
            long assessmentId,
            long organisationId,
            String organisationName,
            Instant submittedAt,
            Integer overallPercent,
            List<PillarLine> pillars) {}

    public record PillarLine(PillarView pillar, Integer percent) {}

    public record ReviewPage(Subject subject, ReviewForm form, Instant reviewedAt) {}

    /** Someone saved this review since the form was opened. */
    public static class StaleReviewException extends RuntimeException {
        StaleReviewException() {
            super("review changed meanwhile");
        }
    }

    /** Feedback was marked reviewed for the first time: the organisation's leads hear of it. */
    record AssessmentReviewed(long networkId, long assessmentId, long organisationId) {}
}

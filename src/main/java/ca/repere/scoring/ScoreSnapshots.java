package ca.repere.scoring;

import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentReopened;
import ca.repere.assessment.AssessmentSubmitted;
import ca.repere.assessment.SubmittedAnswers;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.shared.database.BulkInsert;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the scores of every submitted assessment in tables that networks aggregate in SQL. The
 * numbers come from the same {@link ScoreCalculator} as the report, computed once at submit time
 * (in the submitting transaction) and dropped on reopen; at start, any submitted assessment
 * without kept results (older data, generated data) is scored in batches.
 */
@Service
public class ScoreSnapshots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoreSnapshots.class);
    static final int BATCH = 500;

    private final AssessmentQueries assessments;
    private final FrameworkLibrary frameworks;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;

    ScoreSnapshots(
            AssessmentQueries assessments,
            FrameworkLibrary frameworks,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactionManager) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(AssessmentSubmitted submitted) {
        keep(assessments.submittedAnswers(List.of(submitted.assessmentId())));
    }

    @EventListener
    void on(AssessmentReopened reopened) {
        jdbc.sql("delete from assessment_result where assessment_id = :id")
                .param("id", reopened.assessmentId())
                .update();
    }

    @Override
    public void run(ApplicationArguments args) {
        int kept = keepMissing();
        if (kept > 0) {
            log.info("Scored {} submitted assessments that had no kept results", kept);
        }
    }

    /** Scores every submitted assessment that has no kept results yet; returns how many. */
    public int keepMissing() {
        Set<Long> scored = new HashSet<>(jdbc.sql("select assessment_id from assessment_result")
                .query(Long.class)
                .list());
        List<Long> missing = assessments.submittedAssessmentIds().stream()
                .filter(id -> !scored.contains(id))
                .toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            transactions.executeWithoutResult(status -> keep(assessments.submittedAnswers(batch)));
        }
        return missing.size();
    }

    private void keep(Collection<SubmittedAnswers> submitted) {
        List<Object[]> results = new ArrayList<>();
        List<Object[]> pillars = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        for (SubmittedAnswers answers : submitted) {
            FrameworkVersionView version = frameworks.pinnedVersion(answers.frameworkVersionId());
            List<PillarView> inScope = version.pillars().stream()
                    .filter(pillar -> answers.pillarIds().contains(pillar.id()))
                    .toList();
            Map<Long, SubmittedAnswers.Rating> byCriterion = answers.ratings().stream()
                    .collect(Collectors.toMap(SubmittedAnswers.Rating::criterionId, Function.identity()));
            AssessmentScore score = calculator(version).score(ratings(inScope, byCriterion));
            results.add(new Object[] {
                answers.assessmentId(),
                answers.organisationId(),
                version.id(),
                version.frameworkCode(),
                Timestamp.from(answers.submittedAt()),
                decimal(score.overall().value()),
                score.overall().answered(),
                score.overall().applicable()
            });
            int pillarPosition = 0;
            int criterionPosition = 0;
            for (PillarView pillar : inScope) {
                pillars.add(new Object[] {
                    answers.assessmentId(),
                    pillar.code(),
                    pillarPosition++,
                    decimal(score.pillar(pillar.code()).orElseThrow().score().value())
                });
                for (CriterionView criterion : pillar.criteria()) {
                    SubmittedAnswers.Rating rating = byCriterion.get(criterion.id());
                    boolean applicable = rating == null || rating.applicable();
                    criteria.add(new Object[] {
                        answers.assessmentId(),
                        pillar.code(),
                        criterion.code(),
                        criterionPosition++,
                        applicable,
                        applicable && rating != null ? rating.rating() : null
                    });
                }
            }
        }
        if (results.isEmpty()) {
            return;
        }
        // A re-submission after a reopen replaces what an earlier submission left, if anything.
        jdbc.sql("delete from assessment_result where assessment_id = any(:ids)")
                .param("ids", results.stream().map(row -> (Long) row[0]).toArray(Long[]::new))
                .update();
        // One statement per table, not one per row: scoring the assessments found at start (a
        // restored or generated database holds thousands) stays a matter of seconds.
        BulkInsert.rows(
                jdbcTemplate,
                "assessment_result",
                "assessment_id bigint, organisation_id bigint, framework_version_id bigint, framework_code varchar,"
                        + " submitted_at timestamptz, overall numeric, answered int, applicable int",
                false,
                results);
        BulkInsert.rows(
                jdbcTemplate,
                "pillar_result",
                "assessment_id bigint, pillar_code varchar, position int, score numeric",
                false,
                pillars);
        BulkInsert.rows(
                jdbcTemplate,
                "criterion_result",
                "assessment_id bigint, pillar_code varchar, criterion_code varchar, position int, applicable boolean,"
                        + " rating int",
                false,
                criteria);
    }

    private static ScoreCalculator calculator(FrameworkVersionView version) {
        return new ScoreCalculator(new RatingScale(
                version.ratingScale().stream().map(RatingLevelView::value).toList()));
    }

    private static List<PillarRatings> ratings(
            List<PillarView> pillars, Map<Long, SubmittedAnswers.Rating> byCriterion) {
        return pillars.stream()
                .map(pillar -> new PillarRatings(
                        pillar.code(),
                        pillar.weight(),
                        pillar.criteria().stream()
                                .filter(criterion -> byCriterion.containsKey(criterion.id()))
                                .map(criterion -> {
                                    SubmittedAnswers.Rating rating = byCriterion.get(criterion.id());
                                    return new CriterionRating(
                                            criterion.code(), criterion.weight(), rating.applicable(), rating.rating());
                                })
                                .toList()))
                .toList();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}

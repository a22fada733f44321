package ca.repere.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Kept results: the report's own numbers, written on submit, dropped on reopen, filled in when missing. */
class ScoreSnapshotsTest extends IntegrationTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReportService reports;

    @Autowired
    ScoreSnapshots snapshots;

    @Test
    void submittingKeepsTheReportsScoresAndEveryRating() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of("1.5", 1, "1.6", 0, "4.3", 2));

        assessments.submit(current, organisation, assessment);

        Report report = reports.report(current, organisation, assessment);
        assertThat(overall(assessment)).isCloseTo(report.overall().value(), within(1e-6));
        for (Report.PillarResult pillar : report.pillars()) {
            assertThat(pillar(assessment, pillar.pillar().code()))
                    .isCloseTo(pillar.score().value(), within(1e-6));
        }
        assertThat(jdbc.sql("select rating from criterion_result where assessment_id = :a and criterion_code = '1.6'")
                        .param("a", assessment)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from criterion_result where assessment_id = :a")
                        .param("a", assessment)
                        .query(Long.class)
                        .single())
                .isEqualTo(report.pillars().stream()
                        .mapToLong(pillar -> pillar.criteria().size())
                        .sum());
    }

    @Test
    void reopeningDropsTheKeptResultsAndSubmittingAgainKeepsTheNewOnes() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of());
        assessments.submit(current, organisation, assessment);
        assertThat(overall(assessment)).isEqualTo(1.0);

        assessments.reopen(current, organisation, assessment, "One more look");
        assertThat(kept(assessment)).isZero();

        assessments.submit(current, organisation, assessment);
        assertThat(kept(assessment)).isOne();
    }

    @Test
    void submittedAssessmentsWithoutKeptResultsAreScoredWhenAsked() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of("2.1", 0));
        assessments.submit(current, organisation, assessment);
        double expected = overall(assessment);
        jdbc.sql("delete from assessment_result where assessment_id = :a")
                .param("a", assessment)
                .update();

        assertThat(snapshots.keepMissing()).isGreaterThanOrEqualTo(1);

        assertThat(overall(assessment)).isEqualTo(expected);
        assertThat(snapshots.keepMissing()).isZero();
    }

    private double overall(long assessment) {
        return jdbc.sql("select overall from assessment_result where assessment_id = :a")
                .param("a", assessment)
                .query(BigDecimal.class)
                .single()
                .doubleValue();
    }

    private double pillar(long assessment, String code) {
        return jdbc.sql("select score from pillar_result where assessment_id = :a and pillar_code = :p")
                .param("a", assessment)
                .param("p", code)
                .query(BigDecimal.class)
                .single()
                .doubleValue();
    }

    private long kept(long assessment) {
        List<Long> rows = jdbc.sql("select count(*) from assessment_result where assessment_id = :a")
                .param("a", assessment)
                .query(Long.class)
                .list();
        return rows.get(0);
    }
}

package ca.repere.support;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkVersionView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;

/** Self-assessments answered in one call, for tests that need a report with known gaps. */
@TestComponent
public class TestAssessments {

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final TestFrameworks frameworks;
    private final TestData data;

    TestAssessments(
            AssessmentService assessments, AssessmentQueries queries, TestFrameworks frameworks, TestData data) {
        this.assessments = assessments;
        this.queries = queries;
        this.frameworks = frameworks;
        this.data = data;
    }

    /**
     * A full CCR/CLEO assessment (not submitted) rated 4 everywhere but the criteria in
     * {@code ratings}: {@code Map.of("1.5", 1, "1.6", 0, "4.3", 0)} makes three gaps.
     */
    public long ccrCleoRated(TestData.User lead, long organisation, Map<String, Integer> ratings) {
        CurrentUser current = data.current(lead);
        FrameworkVersionView framework = frameworks.ccrCleo();
        long assessment = assessments.start(
                current,
                organisation,
                new AssessmentService.StartCommand(
                        framework.id(), "Bilan " + System.nanoTime(), Scope.FULL, Set.of(), null, false));
        for (String pillar : queries.pillarCodes(current, organisation, assessment)) {
            List<AnswerEdit> edits = queries.pillarPage(current, organisation, assessment, pillar).criteria().stream()
                    .map(answer -> new AnswerEdit(
                            answer.criterion().id(),
                            answer.version(),
                            ratings.getOrDefault(answer.criterion().code(), 4),
                            "Preuve " + answer.criterion().code(),
                            null,
                            true,
                            false))
                    .toList();
            assessments.saveAnswers(current, organisation, assessment, pillar, edits, List.of());
        }
        return assessment;
    }
}

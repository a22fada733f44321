package ca.repere.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentPages;
import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Priority;
import ca.repere.assessment.SaveOutcome;
import ca.repere.assessment.Scope;
import ca.repere.assessment.ScopeEdit;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the report tests share: the assessment services (through their public API), the framework
 * versions, and quick ways to scope and answer an assessment criterion by criterion.
 */
abstract class ReportTestSupport extends IntegrationTest {

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentQueries queries;

    @Autowired
    FrameworkLibrary frameworks;

    @Autowired
    ReportService reports;

    FrameworkVersionView version(String frameworkCode, String label) {
        return testFrameworks.version(frameworkCode, label);
    }

    FrameworkVersionView ccrCleo() {
        return testFrameworks.ccrCleo();
    }

    long startFull(CurrentUser user, long organisation, FrameworkVersionView framework, boolean carryOver) {
        return service.start(
                user,
                organisation,
                new AssessmentService.StartCommand(
                        framework.id(), "Bilan " + System.nanoTime(), Scope.FULL, Set.of(), null, carryOver));
    }

    long startTargeted(CurrentUser user, long organisation, FrameworkVersionView framework, String... pillars) {
        return service.start(
                user,
                organisation,
                new AssessmentService.StartCommand(
                        framework.id(),
                        "Examen ciblé " + System.nanoTime(),
                        Scope.TARGETED,
                        Set.of(pillars),
                        "Plainte reçue en mars",
                        false));
    }

    /** Marks criteria not applicable (code → reason) and sets priorities (code → priority). */
    void scope(
            CurrentUser user,
            long organisation,
            long assessment,
            Map<String, String> notApplicable,
            Map<String, Priority> priorities) {
        List<ScopeEdit> edits = queries.scopePage(user, organisation, assessment).pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .filter(answer -> notApplicable.containsKey(code(answer)) || priorities.containsKey(code(answer)))
                .map(answer -> new ScopeEdit(
                        answer.criterion().id(),
                        answer.version(),
                        !notApplicable.containsKey(code(answer)),
                        notApplicable.get(code(answer)),
                        priorities.getOrDefault(code(answer), Priority.NORMAL)))
                .toList();
        assertThat(service.saveScope(user, organisation, assessment, edits)).isInstanceOf(SaveOutcome.Saved.class);
    }

    /**
     * Rates every applicable criterion in scope: {@code ratings} by code, else {@code otherwise};
     * evidence from {@code evidence} by code, else "Preuve code". Confirms carried-over answers.
     */
    void answer(
            CurrentUser user,
            long organisation,
            long assessment,
            Map<String, Integer> ratings,
            int otherwise,
            Map<String, String> evidence) {
        for (String pillar : queries.pillarCodes(user, organisation, assessment)) {
            List<AnswerEdit> edits = queries.pillarPage(user, organisation, assessment, pillar).criteria().stream()
                    .map(answer -> new AnswerEdit(
                            answer.criterion().id(),
                            answer.version(),
                            ratings.getOrDefault(code(answer), otherwise),
                            evidence.getOrDefault(code(answer), "Preuve " + code(answer)),
                            null,
                            true,
                            false))
                    .toList();
            assertThat(service.saveAnswers(user, organisation, assessment, pillar, edits, List.of()))
                    .as("pillar %s", pillar)
                    .isInstanceOf(SaveOutcome.Saved.class);
        }
    }

    void answer(CurrentUser user, long organisation, long assessment, Map<String, Integer> ratings, int otherwise) {
        answer(user, organisation, assessment, ratings, otherwise, Map.of());
    }

    static String code(CriterionAnswer answer) {
        return answer.criterion().code();
    }

    static String reportPath(long organisation, long assessment) {
        return "/organisations/" + organisation + "/assessments/" + assessment + "/report";
    }

    /** The score the scoring core gives this review, computed here rather than by the report's builder. */
    static AssessmentScore expectedScore(AssessmentPages.Review review) {
        ScoreCalculator calculator = new ScoreCalculator(new RatingScale(review.scale().stream()
                .map(FrameworkVersionView.RatingLevelView::value)
                .toList()));
        return calculator.score(review.pillars().stream()
                .map(pillar -> new PillarRatings(
                        pillar.pillar().code(),
                        pillar.pillar().weight(),
                        pillar.criteria().stream()
                                .map(answer -> new CriterionRating(
                                        code(answer),
                                        answer.criterion().weight(),
                                        answer.applicable(),
                                        answer.rating()))
                                .toList()))
                .toList());
    }
}

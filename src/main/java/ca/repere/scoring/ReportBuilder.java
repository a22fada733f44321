package ca.repere.scoring;

import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.PillarAnswers;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.scoring.Report.Comparison;
import ca.repere.scoring.Report.CriterionChange;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.scoring.Report.PillarChange;
import ca.repere.scoring.Report.PillarResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds a {@link Report} from an assessment's answers (and its predecessor's): plain code over
 * read models, so the rules below are tested without a database.
 *
 * <ul>
 *   <li><b>Strengths</b>: rated criteria in the top two levels of the scale ("In place" and up on
 *       the CCR/CLEO scale) that are not gaps (on a three-level scale, the top level only), best
 *       first.
 *   <li><b>Gaps</b>: rated criteria in the lower half of the scale, middle level included
 *       ("Partly in place" and down): high priority first, then lowest rating, then framework order.
 * </ul>
 */
final class ReportBuilder {

    private ReportBuilder() {}

    static Report build(
            Review current,
            Optional<Review> previous,
            Optional<FrameworkVersionView> previousVersion,
            FrameworkVersionView currentVersion) {
        ScoreCalculator calculator = calculator(current);
        AssessmentScore score = calculator.score(ratings(current));
        List<PillarResult> pillars = current.pillars().stream()
                .map(pillar -> {
                    PillarScore pillarScore =
                            score.pillar(pillar.pillar().code()).orElseThrow();
                    return new PillarResult(pillar.pillar(), pillarScore.score(), results(pillar, pillarScore));
                })
                .toList();
        List<CriterionResult> all =
                pillars.stream().flatMap(pillar -> pillar.criteria().stream()).toList();
        List<Integer> levels =
                current.scale().stream().map(RatingLevelView::value).sorted().toList();
        int gapUpTo = levels.get((levels.size() - 1) / 2);
        // The top two levels, but never a gap as well: on a three-level scale the middle level is
        // both "top two" and "lower half, middle included", and it is a gap.
        int topTwo = levels.size() >= 3 ? levels.get(levels.size() - 2) : levels.get(levels.size() - 1);
        int strengthFrom = Math.max(topTwo, gapUpTo + 1);
        List<CriterionResult> strengths = all.stream()
                .filter(result ->
                        result.score().rating() != null && result.score().rating() >= strengthFrom)
                .sorted(Comparator.comparing(
                        (CriterionResult result) -> -result.score().rating()))
                .toList();
        List<CriterionResult> gaps = all.stream()
                .filter(result ->
                        result.score().rating() != null && result.score().rating() <= gapUpTo)
                .sorted(Comparator.comparing(
                                (CriterionResult result) -> result.answer().priority())
                        .thenComparing(result -> result.score().rating()))
                .toList();
        List<CriterionResult> notApplicable =
                all.stream().filter(result -> !result.answer().applicable()).toList();
        Comparison comparison = previous.map(before -> compare(
                        before,
                        calculator(before).score(ratings(before)),
                        previousVersion.orElseThrow(),
                        current,
                        score,
                        currentVersion))
                .orElse(null);
        return new Report(
                current.header(),
                current.scale(),
                score.overall(),
                pillars,
                strengths,
                gaps,
                notApplicable,
                comparison,
                Map.of());
    }

    private static ScoreCalculator calculator(Review review) {
        return new ScoreCalculator(new RatingScale(
                review.scale().stream().map(RatingLevelView::value).toList()));
    }

    static List<PillarRatings> ratings(Review review) {
        return review.pillars().stream()
                .map(pillar -> new PillarRatings(
                        pillar.pillar().code(),
                        pillar.pillar().weight(),
                        pillar.criteria().stream()
                                .map(answer -> new CriterionRating(
                                        answer.criterion().code(),
                                        answer.criterion().weight(),
                                        answer.applicable(),
                                        answer.rating()))
                                .toList()))
                .toList();
    }

    private static List<CriterionResult> results(PillarAnswers pillar, PillarScore score) {
        Map<String, CriterionScore> byCode =
                score.criteria().stream().collect(Collectors.toMap(CriterionScore::code, Function.identity()));
        return pillar.criteria().stream()
                .map(answer -> new CriterionResult(
                        pillar.pillar(), answer, byCode.get(answer.criterion().code())))
                .toList();
    }

    private static Comparison compare(
            Review previous,
            AssessmentScore previousScore,
            FrameworkVersionView previousVersion,
            Review current,
            AssessmentScore currentScore,
            FrameworkVersionView currentVersion) {
        List<PillarChange> pillars = current.pillars().stream()
                .map(PillarAnswers::pillar)
                .map(pillar -> new PillarChange(
                        pillar.code(),
                        pillar.title(),
                        previousScore
                                .pillar(pillar.code())
                                .map(PillarScore::score)
                                .orElse(null),
                        currentScore.pillar(pillar.code()).orElseThrow().score()))
                .toList();
        Map<String, CriterionAnswer> before = previous.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .collect(Collectors.toMap(answer -> answer.criterion().code(), Function.identity()));
        List<CriterionChange> criteria = current.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream()
                        .filter(answer -> before.containsKey(answer.criterion().code()))
                        .map(answer -> {
                            CriterionAnswer then = before.get(answer.criterion().code());
                            return new CriterionChange(
                                    pillar.pillar().code(),
                                    answer.criterion(),
                                    then.applicable(),
                                    then.applicable() ? then.rating() : null,
                                    answer.applicable(),
                                    answer.applicable() ? answer.rating() : null);
                        }))
                .toList();
        Set<String> previousCodes = codes(previousVersion);
        Set<String> currentCodes = codes(currentVersion);
        return new Comparison(
                previous.header(),
                previousScore.overall(),
                pillars,
                criteria,
                criteria(currentVersion).stream()
                        .filter(criterion -> !previousCodes.contains(criterion.code()))
                        .toList(),
                criteria(previousVersion).stream()
                        .filter(criterion -> !currentCodes.contains(criterion.code()))
                        .toList());
    }

    private static List<CriterionView> criteria(FrameworkVersionView version) {
        return version.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .toList();
    }

    private static Set<String> codes(FrameworkVersionView version) {
        return criteria(version).stream().map(CriterionView::code).collect(Collectors.toSet());
    }
}

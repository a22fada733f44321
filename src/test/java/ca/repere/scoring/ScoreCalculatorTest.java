package ca.repere.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for the scoring rules the report explains to its readers. Each case shows its
 * arithmetic. The scale is the CCR/CLEO one, 0 to 4, unless a case says otherwise.
 */
class ScoreCalculatorTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private final ScoreCalculator calculator = new ScoreCalculator(new RatingScale(List.of(0, 1, 2, 3, 4)));

    // ---------------------------------------------------------------- criterion and pillar means

    @Test
    void singleCriterionScoresItsRatingOverTheHighestRating() {
        // 3 / 4 = 0.75 → 75 %, band: 0.75 × 4 = 3
        AssessmentScore result = calculator.score(List.of(pillar("1", "1", rated("1.1", "1", 3))));

        CriterionScore criterion = result.criterion("1.1").orElseThrow();
        assertThat(criterion.applicable()).isTrue();
        assertThat(criterion.rating()).isEqualTo(3);
        assertThat(criterion.value()).isCloseTo(0.75, EXACT);

        Score pillar = pillarScore(result, "1");
        assertThat(pillar.value()).isCloseTo(0.75, EXACT);
        assertThat(pillar.band()).isEqualTo(3);
        assertThat(pillar.percent()).isEqualTo(75);
        assertThat(pillar.answered()).isEqualTo(1);
        assertThat(pillar.applicable()).isEqualTo(1);
        assertThat(pillar.complete()).isTrue();
        assertThat(pillar.rated()).isTrue();

        assertThat(result.overall()).isEqualTo(pillar);
    }

    @Test
    void equalCriterionWeightsGiveThePlainMean() {
        // (4/4 + 2/4 + 1/4) / 3 = (1 + 0.5 + 0.25) / 3 = 1.75 / 3 = 0.58333… → 58 %,
        // band: 0.58333 × 4 = 2.333 → 2
        AssessmentScore result = calculator.score(
                List.of(pillar("1", "1", rated("1.1", "1", 4), rated("1.2", "1", 2), rated("1.3", "1", 1))));

        Score pillar = pillarScore(result, "1");
        assertThat(pillar.value()).isCloseTo(1.75 / 3, EXACT);
        assertThat(pillar.percent()).isEqualTo(58);
        assertThat(pillar.band()).isEqualTo(2);
        assertThat(pillar.answered()).isEqualTo(3);
        assertThat(pillar.applicable()).isEqualTo(3);
    }

    @Test
    void criterionWeightsWeighThePillarMean() {
        // weights 2 and 1, ratings 4 and 1: (2 × 1 + 1 × 0.25) / (2 + 1) = 2.25 / 3 = 0.75
        // (the plain mean would be (1 + 0.25) / 2 = 0.625)
        AssessmentScore result =
                calculator.score(List.of(pillar("1", "1", rated("1.1", "2", 4), rated("1.2", "1", 1))));

        Score pillar = pillarScore(result, "1");
        assertThat(pillar.value()).isCloseTo(0.75, EXACT);
        assertThat(pillar.percent()).isEqualTo(75);
        assertThat(pillar.band()).isEqualTo(3);
        // The criterion scores themselves are not weighted.
        assertThat(result.criterion("1.1").orElseThrow().value()).isCloseTo(1.0, EXACT);
        assertThat(result.criterion("1.2").orElseThrow().value()).isCloseTo(0.25, EXACT);
    }

    @Test
    void pillarWeightsWeighTheOverallButNotThePillarScores() {
        // pillar 1 (weight 3): 4/4 = 1; pillar 2 (weight 1): 2/4 = 0.5
        // overall: (3 × 1 + 1 × 0.5) / (3 + 1) = 3.5 / 4 = 0.875 → 88 %, band: 0.875 × 4 = 3.5 → 3 (halfway: lower)
        AssessmentScore result = calculator.score(
                List.of(pillar("1", "3", rated("1.1", "1", 4)), pillar("2", "1", rated("2.1", "1", 2))));

        assertThat(pillarScore(result, "1").value()).isCloseTo(1.0, EXACT);
        assertThat(pillarScore(result, "2").value()).isCloseTo(0.5, EXACT);
        assertThat(result.overall().value()).isCloseTo(0.875, EXACT);
        assertThat(result.overall().percent()).isEqualTo(88);
        assertThat(result.overall().band()).isEqualTo(3);
        assertThat(result.overall().answered()).isEqualTo(2);
        assertThat(result.overall().applicable()).isEqualTo(2);
    }

    @Test
    void overallIsTheMeanOfPillarScoresNotOfAllCriteria() {
        // pillar 1: three criteria rated 4 → 1; pillar 2: one criterion rated 0 → 0; equal pillar weights
        // overall: (1 × 1 + 1 × 0) / 2 = 0.5 — not (1 + 1 + 1 + 0) / 4 = 0.75 over all criteria
        AssessmentScore result = calculator.score(List.of(
                pillar("1", "1", rated("1.1", "1", 4), rated("1.2", "1", 4), rated("1.3", "1", 4)),
                pillar("2", "1", rated("2.1", "1", 0))));

        assertThat(result.overall().value()).isCloseTo(0.5, EXACT);
        assertThat(result.overall().answered()).isEqualTo(4);
        assertThat(result.overall().applicable()).isEqualTo(4);
    }

    @Test
    void pillarsAndCriteriaKeepTheGivenOrder() {
        AssessmentScore result = calculator.score(List.of(
                pillar("2", "1", rated("2.2", "1", 1), rated("2.1", "1", 2)), pillar("1", "1", rated("1.1", "1", 3))));

        assertThat(result.pillars()).extracting(PillarScore::code).containsExactly("2", "1");
        assertThat(result.pillars().get(0).criteria())
                .extracting(CriterionScore::code)
                .containsExactly("2.2", "2.1");
        assertThat(result.pillar("3")).isEmpty();
        assertThat(result.criterion("3.1")).isEmpty();
    }

    // ---------------------------------------------------------------- not applicable

    @Test
    void notApplicableCriteriaAreLeftOutNotCountedAsZero() {
        // ratings 4 and 2, a third criterion not applicable:
        // (1 + 0.5) / 2 = 0.75 — counted as zero it would be (1 + 0.5 + 0) / 3 = 0.5
        AssessmentScore result = calculator.score(
                List.of(pillar("1", "1", rated("1.1", "1", 4), rated("1.2", "1", 2), notApplicable("1.3", "1"))));

        Score pillar = pillarScore(result, "1");
        assertThat(pillar.value()).isCloseTo(0.75, EXACT);
        assertThat(pillar.answered()).isEqualTo(2);
        assertThat(pillar.applicable()).isEqualTo(2);
        assertThat(pillar.complete()).isTrue();
        assertThat(pillar.completionPercent()).isEqualTo(100);

        // Same as the pillar without that criterion at all.
        AssessmentScore without =
                calculator.score(List.of(pillar("1", "1", rated("1.1", "1", 4), rated("1.2", "1", 2))));
        assertThat(pillar).isEqualTo(pillarScore(without, "1"));
        assertThat(result.overall()).isEqualTo(without.overall());
    }

    @Test
    void ratingLeftOnANotApplicableCriterionIsIgnored() {
        // A rating kept from before the criterion was marked not applicable (here 0, and 9, off the scale)
        // changes nothing: (3/4) / 1 = 0.75
        AssessmentScore result = calculator.score(List.of(pillar(
                "1",
                "1",
                rated("1.1", "1", 3),
                new CriterionRating("1.2", new BigDecimal("5"), false, 0),
                new CriterionRating("1.3", new BigDecimal("5"), false, 9))));

        assertThat(pillarScore(result, "1").value()).isCloseTo(0.75, EXACT);
        assertThat(pillarScore(result, "1").applicable()).isEqualTo(1);
        CriterionScore notApplicable = result.criterion("1.2").orElseThrow();
        assertThat(notApplicable.rating()).isNull();
        assertThat(notApplicable.value()).isNull();
    }

    @Test
    void pillarWithEveryCriterionNotApplicableIsUnratedAndLeftOutOfTheOverall() {
        // pillar 1: 2/4 = 0.5; pillar 2 (weight 5): both criteria not applicable → no value
        // overall: 0.5 × 1 / 1 = 0.5 — counting pillar 2 as zero would give (1 × 0.5 + 5 × 0) / 6 = 0.083
        AssessmentScore result = calculator.score(List.of(
                pillar("1", "1", rated("1.1", "1", 2)),
                pillar("2", "5", notApplicable("2.1", "1"), notApplicable("2.2", "1"))));

        Score allNotApplicable = pillarScore(result, "2");
        assertThat(allNotApplicable.value()).isNull();
        assertThat(allNotApplicable.band()).isNull();
        assertThat(allNotApplicable.percent()).isNull();
        assertThat(allNotApplicable.rated()).isFalse();
        assertThat(allNotApplicable.applicable()).isZero();
        assertThat(allNotApplicable.answered()).isZero();
        assertThat(allNotApplicable.complete()).isTrue();
        assertThat(allNotApplicable.completionPercent()).isEqualTo(100);

        assertThat(result.overall().value()).isCloseTo(0.5, EXACT);
        assertThat(result.overall().answered()).isEqualTo(1);
        assertThat(result.overall().applicable()).isEqualTo(1);

        // Exactly the same overall as the assessment without pillar 2.
        AssessmentScore withoutPillar2 = calculator.score(List.of(pillar("1", "1", rated("1.1", "1", 2))));
        assertThat(result.overall()).isEqualTo(withoutPillar2.overall());
    }

    @Test
    void criterionScoreOfANotApplicableCriterionHasNoRatingAndNoValue() {
        AssessmentScore result = calculator.score(List.of(pillar(
                "1",
                "1",
                new CriterionRating("1.1", BigDecimal.ONE, false, 3),
                unrated("1.2", "1"),
                rated("1.3", "1", 2))));

        assertThat(result.criterion("1.1").orElseThrow()).isEqualTo(new CriterionScore("1.1", false, null, null));
        // An applicable criterion not rated yet: applicable, no rating, no value.
        assertThat(result.criterion("1.2").orElseThrow()).isEqualTo(new CriterionScore("1.2", true, null, null));
        // 2 / 4 = 0.5
        assertThat(result.criterion("1.3").orElseThrow()).isEqualTo(new CriterionScore("1.3", true, 2, 0.5));
    }

    // ---------------------------------------------------------------- completion

    @Test
    void unansweredCriteriaCountTowardCompletionNotTowardTheScore() {
        // one criterion rated 3 of three applicable: score 3/4 = 0.75 from the rated one alone
        // (counted as zero they would give 0.75 / 3 = 0.25); completion 1/3 → 33 %
        AssessmentScore result = calculator.score(
                List.of(pillar("1", "1", rated("1.1", "1", 3), unrated("1.2", "1"), unrated("1.3", "1"))));

        Score pillar = pillarScore(result, "1");
        assertThat(pillar.value()).isCloseTo(0.75, EXACT);
        assertThat(pillar.band()).isEqualTo(3);
        assertThat(pillar.answered()).isEqualTo(1);
        assertThat(pillar.applicable()).isEqualTo(3);
        assertThat(pillar.complete()).isFalse();
        assertThat(pillar.completionPercent()).isEqualTo(33);

        assertThat(result.overall().value()).isCloseTo(0.75, EXACT);
        assertThat(result.overall().answered()).isEqualTo(1);
        assertThat(result.overall().applicable()).isEqualTo(3);
        assertThat(result.overall().complete()).isFalse();
    }

    @Test
    void completionOverallAddsUpThePillars() {
        // pillar 1: 1 of 2 answered; pillar 2: 2 of 2; pillar 3: 0 of 1 (unrated, left out of the score)
        // overall completion: (1 + 2 + 0) / (2 + 2 + 1) = 3/5 → 60 %
        // overall score: pillar 1 = 4/4 = 1, pillar 2 = (0 + 0.5) / 2 = 0.25 → (1 + 0.25) / 2 = 0.625
        AssessmentScore result = calculator.score(List.of(
                pillar("1", "1", rated("1.1", "1", 4), unrated("1.2", "1")),
                pillar("2", "1", rated("2.1", "1", 0), rated("2.2", "1", 2)),
                pillar("3", "1", unrated("3.1", "1"))));

        assertThat(result.overall().answered()).isEqualTo(3);
        assertThat(result.overall().applicable()).isEqualTo(5);
        assertThat(result.overall().completionPercent()).isEqualTo(60);
        assertThat(result.overall().value()).isCloseTo(0.625, EXACT);
        assertThat(pillarScore(result, "3").rated()).isFalse();
        assertThat(pillarScore(result, "3").completionPercent()).isZero();
    }

    @Test
    void nothingRatedGivesNoValueNoBandNoPercent() {
        AssessmentScore result = calculator.score(List.of(
                pillar("1", "1", unrated("1.1", "1"), unrated("1.2", "1")),
                pillar("2", "1", notApplicable("2.1", "1"))));

        Score overall = result.overall();
        assertThat(overall.value()).isNull();
        assertThat(overall.band()).isNull();
        assertThat(overall.percent()).isNull();
        assertThat(overall.rated()).isFalse();
        assertThat(overall.answered()).isZero();
        assertThat(overall.applicable()).isEqualTo(2);
        assertThat(overall.complete()).isFalse();
        assertThat(overall.completionPercent()).isZero();
        assertThat(pillarScore(result, "1").value()).isNull();
        assertThat(pillarScore(result, "1").band()).isNull();
    }

    @Test
    void emptyAssessmentHasNoValueAndNothingToAnswer() {
        AssessmentScore result = calculator.score(List.of());

        assertThat(result.pillars()).isEmpty();
        assertThat(result.overall()).isEqualTo(new Score(null, null, 0, 0));
        assertThat(result.overall().complete()).isTrue();
        assertThat(result.overall().completionPercent()).isEqualTo(100);
    }

    // ---------------------------------------------------------------- rounding and bands

    @Test
    void percentRoundsHalfUp() {
        assertThat(score(2.0 / 3).percent()).isEqualTo(67); // 66.67 → 67
        assertThat(score(1.0 / 3).percent()).isEqualTo(33); // 33.33 → 33
        assertThat(score(0.625).percent()).isEqualTo(63); // 62.5 → 63
        assertThat(score(0.125).percent()).isEqualTo(13); // 12.5 → 13
        assertThat(score(0.005).percent()).isEqualTo(1); // 0.5 → 1
        assertThat(score(0.0).percent()).isZero();
        assertThat(score(1.0).percent()).isEqualTo(100);
    }

    @Test
    void percentOfComputedScoresRoundsHalfUp() {
        // ratings 4, 4, 0: (1 + 1 + 0) / 3 = 2/3 = 66.67 % → 67
        assertThat(overallOf(rated("a", "1", 4), rated("b", "1", 4), rated("c", "1", 0))
                        .percent())
                .isEqualTo(67);
        // ratings 3, 2: (0.75 + 0.5) / 2 = 0.625 = 62.5 % → 63
        assertThat(overallOf(rated("a", "1", 3), rated("b", "1", 2)).percent()).isEqualTo(63);
        // ratings 1, 0: (0.25 + 0) / 2 = 0.125 = 12.5 % → 13
        assertThat(overallOf(rated("a", "1", 1), rated("b", "1", 0)).percent()).isEqualTo(13);
    }

    @Test
    void halfPercentReachedThroughDecimalWeightsStillRoundsUp() {
        // weights 1.1, 1.8, 2.4, 1.7; ratings 2, 1, 2, 1:
        // (1.1 × 0.5 + 1.8 × 0.25 + 2.4 × 0.5 + 1.7 × 0.25) / (1.1 + 1.8 + 2.4 + 1.7)
        //   = (0.55 + 0.45 + 1.2 + 0.425) / 7 = 2.625 / 7 = 0.375 → 37.5 % → 38
        // In doubles, summed in this order, the mean comes out as 0.37499999999999994: the percent must
        // not drop to 37 because of that (nor depend on the order of the criteria).
        Score score = overallOf(rated("a", "1.1", 2), rated("b", "1.8", 1), rated("c", "2.4", 2), rated("d", "1.7", 1));

        assertThat(score.value()).isCloseTo(0.375, within(1e-12));
        assertThat(score.percent()).isEqualTo(38);
        // band: 0.375 × 4 = 1.5 → halfway → 1
        assertThat(score.band()).isEqualTo(1);
    }

    @Test
    void bandIsTheNearestScaleLevelAndHalfwayGoesToTheLowerOne() {
        // ratings 3, 2: 0.625 × 4 = 2.5, halfway between 2 and 3 → 2
        assertThat(overallOf(rated("a", "1", 3), rated("b", "1", 2)).band()).isEqualTo(2);
        // ratings 4, 3: 0.875 × 4 = 3.5 → 3
        assertThat(overallOf(rated("a", "1", 4), rated("b", "1", 3)).band()).isEqualTo(3);
        // ratings 1, 0: 0.125 × 4 = 0.5 → 0
        assertThat(overallOf(rated("a", "1", 1), rated("b", "1", 0)).band()).isZero();
        // ratings 4, 4, 0: 2/3 × 4 = 2.67 → 3 (above halfway)
        assertThat(overallOf(rated("a", "1", 4), rated("b", "1", 4), rated("c", "1", 0))
                        .band())
                .isEqualTo(3);
        // ratings 4, 2, 1: 1.75/3 × 4 = 2.33 → 2 (below halfway)
        assertThat(overallOf(rated("a", "1", 4), rated("b", "1", 2), rated("c", "1", 1))
                        .band())
                .isEqualTo(2);
        // the ends of the scale
        assertThat(overallOf(rated("a", "1", 0)).band()).isZero();
        assertThat(overallOf(rated("a", "1", 4)).band()).isEqualTo(4);
    }

    @Test
    void bandFollowsTheLevelsOfAScaleThatDoesNotStartAtZero() {
        // scale 1–5: ratings 1 and 2 → (1/5 + 2/5) / 2 = 0.3; 0.3 × 5 = 1.5, halfway → 1
        // ratings 5 and 4 → (1 + 0.8) / 2 = 0.9; 0.9 × 5 = 4.5 → 4
        // rating 3 → 0.6; 0.6 × 5 = 3 → 3
        ScoreCalculator oneToFive = new ScoreCalculator(new RatingScale(List.of(5, 4, 3, 2, 1)));

        assertThat(oneToFive
                        .score(List.of(pillar("1", "1", rated("a", "1", 1), rated("b", "1", 2))))
                        .overall())
                .satisfies(score -> {
                    assertThat(score.value()).isCloseTo(0.3, EXACT);
                    assertThat(score.band()).isEqualTo(1);
                });
        assertThat(oneToFive
                        .score(List.of(pillar("1", "1", rated("a", "1", 5), rated("b", "1", 4))))
                        .overall()
                        .band())
                .isEqualTo(4);
        assertThat(oneToFive
                        .score(List.of(pillar("1", "1", rated("a", "1", 3))))
                        .overall()
                        .band())
                .isEqualTo(3);
    }

    // ---------------------------------------------------------------- targeted review

    @Test
    void targetedReviewScoresOnlyThePillarsItCovers() {
        PillarRatings pillar1 = pillar("1", "1", rated("1.1", "1", 4));
        PillarRatings pillar2 = pillar("2", "1", rated("2.1", "1", 1), unrated("2.2", "1"));
        PillarRatings pillar3 = pillar("3", "1", rated("3.1", "1", 2));

        // whole review: (1 + 0.25 + 0.5) / 3 = 0.58333…
        AssessmentScore whole = calculator.score(List.of(pillar1, pillar2, pillar3));
        assertThat(whole.overall().value()).isCloseTo(1.75 / 3, EXACT);

        // targeted review of pillars 2 and 3: (0.25 + 0.5) / 2 = 0.375; completion 2 of 3
        AssessmentScore targeted = calculator.score(List.of(pillar2, pillar3));
        assertThat(targeted.pillars()).extracting(PillarScore::code).containsExactly("2", "3");
        assertThat(targeted.pillar("1")).isEmpty();
        assertThat(targeted.overall().value()).isCloseTo(0.375, EXACT);
        assertThat(targeted.overall().answered()).isEqualTo(2);
        assertThat(targeted.overall().applicable()).isEqualTo(3);
        // The covered pillars score as in the whole review.
        assertThat(targeted.pillar("2")).isEqualTo(whole.pillar("2"));
        assertThat(targeted.pillar("3")).isEqualTo(whole.pillar("3"));
    }

    // ---------------------------------------------------------------- invalid input

    @Test
    void ratingNotOnTheScaleIsRejected() {
        assertThatThrownBy(() -> overallOf(rated("a", "1", 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5");
        assertThatThrownBy(() -> overallOf(rated("a", "1", -1))).isInstanceOf(IllegalArgumentException.class);

        // a scale with gaps: 1 lies between its levels but is not one of them
        ScoreCalculator gaps = new ScoreCalculator(new RatingScale(List.of(0, 2, 4)));
        assertThatThrownBy(() -> gaps.score(List.of(pillar("1", "1", rated("a", "1", 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeWeightIsRejected() {
        assertThatThrownBy(() -> overallOf(rated("a", "-1", 2), rated("b", "1", 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.score(
                        List.of(pillar("1", "1", rated("1.1", "1", 2)), pillar("2", "-0.5", rated("2.1", "1", 4)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scaleIsSortedAndMustReachAboveZero() {
        assertThat(new RatingScale(List.of(4, 0, 2, 1, 3)).values()).containsExactly(0, 1, 2, 3, 4);
        assertThat(new RatingScale(List.of(4, 0, 2, 1, 3)).max()).isEqualTo(4);
        assertThatThrownBy(() -> new RatingScale(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatingScale(List.of(-1, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- helpers

    private Score overallOf(CriterionRating... criteria) {
        return calculator.score(List.of(pillar("1", "1", criteria))).overall();
    }

    private static Score pillarScore(AssessmentScore result, String code) {
        return result.pillar(code).orElseThrow().score();
    }

    /** A score carrying only a value, to look at its rounding. */
    private static Score score(double value) {
        return new Score(value, null, 1, 1);
    }

    private static PillarRatings pillar(String code, String weight, CriterionRating... criteria) {
        return new PillarRatings(code, new BigDecimal(weight), Arrays.asList(criteria));
    }

    private static CriterionRating rated(String code, String weight, int rating) {
        return new CriterionRating(code, new BigDecimal(weight), true, rating);
    }

    private static CriterionRating unrated(String code, String weight) {
        return new CriterionRating(code, new BigDecimal(weight), true, null);
    }

    private static CriterionRating notApplicable(String code, String weight) {
        return new CriterionRating(code, new BigDecimal(weight), false, null);
    }
}

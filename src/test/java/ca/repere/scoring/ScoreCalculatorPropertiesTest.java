package ca.repere.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the scoring rules over generated assessments: 1–5 pillars of 0–8 criteria, each
 * criterion applicable or not, rated 0–4 or not yet, weights 0.5–3.
 */
class ScoreCalculatorPropertiesTest {

    private static final int MAX = 4;
    private static final double TOLERANCE = 1e-9;

    private final ScoreCalculator calculator = new ScoreCalculator(new RatingScale(List.of(0, 1, 2, 3, 4)));

    // ---------------------------------------------------------------- (a) ranges

    @Property
    void everyValueIsBetweenZeroAndOneAndEveryPercentBetweenZeroAndHundred(
            @ForAll("assessments") List<PillarRatings> pillars) {
        AssessmentScore result = calculator.score(pillars);

        Statistics.label("overall rated").collect(result.overall().rated());
        Statistics.label("pillar with nothing applicable")
                .collect(result.pillars().stream()
                        .anyMatch(pillar -> pillar.score().applicable() == 0));

        scores(result).forEach(ScoreCalculatorPropertiesTest::assertInRange);
        result.pillars().stream().flatMap(pillar -> pillar.criteria().stream()).forEach(criterion -> {
            if (criterion.value() != null) {
                assertThat(criterion.value()).isBetween(0.0, 1.0);
            }
        });
    }

    private static void assertInRange(Score score) {
        if (score.rated()) {
            assertThat(score.value()).isBetween(0.0, 1.0);
            assertThat(score.percent()).isBetween(0, 100);
            assertThat(score.band()).isBetween(0, MAX);
        } else {
            assertThat(score.band()).isNull();
            assertThat(score.percent()).isNull();
        }
        assertThat(score.completionPercent()).isBetween(0, 100);
    }

    // ---------------------------------------------------------------- (b) order does not matter

    // More tries than the default: a sum reordered lands off an exact half percent only now and then.
    @Property(tries = 10_000)
    void scoresDoNotDependOnTheOrderOfCriteriaOrOfPillars(
            @ForAll("assessments") List<PillarRatings> pillars, @ForAll Random random) {
        List<PillarRatings> shuffled = new ArrayList<>();
        for (PillarRatings pillar : pillars) {
            List<CriterionRating> criteria = new ArrayList<>(pillar.criteria());
            Collections.shuffle(criteria, random);
            shuffled.add(new PillarRatings(pillar.code(), pillar.weight(), criteria));
        }
        Collections.shuffle(shuffled, random);

        AssessmentScore original = calculator.score(pillars);
        AssessmentScore reordered = calculator.score(shuffled);

        assertSameScore(reordered.overall(), original.overall());
        for (PillarScore pillar : original.pillars()) {
            PillarScore moved = reordered.pillar(pillar.code()).orElseThrow();
            assertSameScore(moved.score(), pillar.score());
            assertThat(moved.criteria()).containsExactlyInAnyOrderElementsOf(pillar.criteria());
        }
        assertThat(reordered.pillars()).hasSameSizeAs(original.pillars());
    }

    private static void assertSameScore(Score actual, Score expected) {
        if (expected.value() == null) {
            assertThat(actual.value()).isNull();
        } else {
            assertThat(actual.value()).isCloseTo(expected.value(), within(TOLERANCE));
        }
        assertThat(actual.percent()).isEqualTo(expected.percent());
        assertThat(actual.band()).isEqualTo(expected.band());
        assertThat(actual.answered()).isEqualTo(expected.answered());
        assertThat(actual.applicable()).isEqualTo(expected.applicable());
    }

    // ---------------------------------------------------------------- (c) completion counts

    @Property
    void answeredNeverExceedsApplicableAndTheOverallCountsAreThePillarsSums(
            @ForAll("assessments") List<PillarRatings> pillars) {
        AssessmentScore result = calculator.score(pillars);

        int answered = 0;
        int applicable = 0;
        for (int i = 0; i < pillars.size(); i++) {
            List<CriterionRating> criteria = pillars.get(i).criteria();
            Score score = result.pillars().get(i).score();
            assertThat(score.answered()).isBetween(0, score.applicable());
            // counted from the input: applicable criteria, and those of them with a rating
            assertThat(score.applicable()).isEqualTo((int)
                    criteria.stream().filter(CriterionRating::applicable).count());
            assertThat(score.answered()).isEqualTo((int) criteria.stream()
                    .filter(criterion -> criterion.applicable() && criterion.rating() != null)
                    .count());
            assertThat(score.complete()).isEqualTo(score.answered() == score.applicable());
            // a pillar has a value exactly when something applicable in it is rated
            assertThat(score.rated()).isEqualTo(score.answered() > 0);
            answered += score.answered();
            applicable += score.applicable();
        }
        Score overall = result.overall();
        assertThat(overall.answered()).isBetween(0, overall.applicable());
        assertThat(overall.answered()).isEqualTo(answered);
        assertThat(overall.applicable()).isEqualTo(applicable);
        assertThat(overall.rated()).isEqualTo(answered > 0);
    }

    // ---------------------------------------------------------------- (d) one rating everywhere

    @Property
    void sameRatingEverywhereScoresThatRatingWhateverTheWeights(
            @ForAll("assessments") List<PillarRatings> generated, @ForAll @IntRange(min = 0, max = MAX) int rating) {
        List<PillarRatings> pillars = generated.stream()
                .map(pillar -> new PillarRatings(
                        pillar.code(),
                        pillar.weight(),
                        pillar.criteria().stream()
                                .map(criterion -> criterion.applicable()
                                        ? new CriterionRating(criterion.code(), criterion.weight(), true, rating)
                                        : criterion)
                                .toList()))
                .toList();

        AssessmentScore result = calculator.score(pillars);

        double expected = (double) rating / MAX;
        Consumer<Score> hasTheRating = score -> {
            assertThat(score.complete()).isTrue();
            assertThat(score.rated()).isEqualTo(score.applicable() > 0);
            if (score.rated()) {
                assertThat(score.value()).isCloseTo(expected, within(TOLERANCE));
                assertThat(score.band()).isEqualTo(rating);
                assertThat(score.percent()).isEqualTo(25 * rating);
            }
        };
        scores(result).forEach(hasTheRating);
        result.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .filter(CriterionScore::applicable)
                .forEach(criterion -> {
                    assertThat(criterion.rating()).isEqualTo(rating);
                    assertThat(criterion.value()).isEqualTo(expected);
                });
    }

    // ---------------------------------------------------------------- more: exclusion and means

    @Property
    void notApplicableCriteriaChangeNoScore(@ForAll("assessments") List<PillarRatings> pillars) {
        List<PillarRatings> withoutNotApplicable = pillars.stream()
                .map(pillar -> new PillarRatings(
                        pillar.code(),
                        pillar.weight(),
                        pillar.criteria().stream()
                                .filter(CriterionRating::applicable)
                                .toList()))
                .toList();

        AssessmentScore result = calculator.score(pillars);
        AssessmentScore reference = calculator.score(withoutNotApplicable);

        assertThat(result.overall()).isEqualTo(reference.overall());
        for (int i = 0; i < pillars.size(); i++) {
            assertThat(result.pillars().get(i).score())
                    .isEqualTo(reference.pillars().get(i).score());
        }
        result.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .filter(criterion -> !criterion.applicable())
                .forEach(criterion -> {
                    assertThat(criterion.rating()).isNull();
                    assertThat(criterion.value()).isNull();
                });
    }

    @Property
    void everyMeanLiesBetweenTheLowestAndHighestOfWhatItAverages(@ForAll("assessments") List<PillarRatings> pillars) {
        AssessmentScore result = calculator.score(pillars);

        List<Double> pillarValues = new ArrayList<>();
        for (PillarScore pillar : result.pillars()) {
            List<Double> criterionValues = pillar.criteria().stream()
                    .map(CriterionScore::value)
                    .filter(value -> value != null)
                    .toList();
            assertBetweenExtremes(pillar.score(), criterionValues);
            if (pillar.score().rated()) {
                pillarValues.add(pillar.score().value());
            }
        }
        assertBetweenExtremes(result.overall(), pillarValues);
    }

    private static void assertBetweenExtremes(Score mean, List<Double> values) {
        if (values.isEmpty()) {
            assertThat(mean.value()).isNull();
            return;
        }
        double lowest = Collections.min(values);
        double highest = Collections.max(values);
        assertThat(mean.value()).isBetween(lowest - TOLERANCE, highest + TOLERANCE);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<List<PillarRatings>> assessments() {
        Arbitrary<CriterionRating> criterion = Combinators.combine(
                        weights(),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                        Arbitraries.integers().between(0, MAX).injectNull(0.25))
                .as((weight, applicable, rating) -> new CriterionRating("", weight, applicable, rating));
        Arbitrary<PillarRatings> pillar = Combinators.combine(
                        weights(), criterion.list().ofMinSize(0).ofMaxSize(8))
                .as((weight, criteria) -> new PillarRatings("", weight, criteria));
        return pillar.list().ofMinSize(1).ofMaxSize(5).map(ScoreCalculatorPropertiesTest::withCodes);
    }

    /** 0.50 to 3.00, two decimals, as a framework file might give them. */
    private static Arbitrary<BigDecimal> weights() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("0.5"), new BigDecimal("3"))
                .ofScale(2);
    }

    /** Pillars "1", "2"…, criteria "1.1", "1.2"…: unique codes to find them again after shuffling. */
    private static List<PillarRatings> withCodes(List<PillarRatings> pillars) {
        List<PillarRatings> coded = new ArrayList<>();
        for (int p = 0; p < pillars.size(); p++) {
            PillarRatings pillar = pillars.get(p);
            String code = String.valueOf(p + 1);
            List<CriterionRating> criteria = new ArrayList<>();
            for (int c = 0; c < pillar.criteria().size(); c++) {
                CriterionRating criterion = pillar.criteria().get(c);
                criteria.add(new CriterionRating(
                        code + "." + (c + 1), criterion.weight(), criterion.applicable(), criterion.rating()));
            }
            coded.add(new PillarRatings(code, pillar.weight(), List.copyOf(criteria)));
        }
        return List.copyOf(coded);
    }

    private static Stream<Score> scores(AssessmentScore result) {
        return Stream.concat(
                Stream.of(result.overall()), result.pillars().stream().map(PillarScore::score));
    }
}

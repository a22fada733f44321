package ca.repere.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a self-assessment, as the report explains it to its readers:
 *
 * <ul>
 *   <li>a criterion scores its rating over the highest rating of the scale (0–1);
 *   <li>a pillar scores the weighted mean of its rated applicable criteria;
 *   <li>the assessment scores the weighted mean of its rated pillars.
 * </ul>
 *
 * Criteria marked not applicable are left out of everything, never counted as zero; applicable
 * criteria not rated yet count toward completion only. A targeted review passes only the pillars
 * it covers. Plain computation: no framework, no database.
 */
public final class ScoreCalculator {

    private final RatingScale scale;

    public ScoreCalculator(RatingScale scale) {
        this.scale = scale;
    }

    public AssessmentScore score(List<PillarRatings> pillars) {
        List<PillarScore> pillarScores = new ArrayList<>();
        WeightedMean overall = new WeightedMean();
        int answered = 0;
        int applicable = 0;
        for (PillarRatings pillar : pillars) {
            PillarScore pillarScore = score(pillar);
            pillarScores.add(pillarScore);
            Score score = pillarScore.score();
            if (score.rated()) {
                overall.add(pillar.weight().doubleValue(), score.value());
            }
            answered += score.answered();
            applicable += score.applicable();
        }
        return new AssessmentScore(score(overall, answered, applicable), List.copyOf(pillarScores));
    }

    private PillarScore score(PillarRatings pillar) {
        List<CriterionScore> criteria = new ArrayList<>();
        WeightedMean mean = new WeightedMean();
        int answered = 0;
        int applicable = 0;
        for (CriterionRating criterion : pillar.criteria()) {
            Double value = criterion.counts() ? scale.score(criterion.rating()) : null;
            criteria.add(new CriterionScore(
                    criterion.code(),
                    criterion.applicable(),
                    criterion.applicable() ? criterion.rating() : null,
                    value));
            if (criterion.applicable()) {
                applicable++;
            }
            if (value != null) {
                answered++;
                mean.add(criterion.weight().doubleValue(), value);
            }
        }
        return new PillarScore(pillar.code(), score(mean, answered, applicable), List.copyOf(criteria));
    }

    private Score score(WeightedMean mean, int answered, int applicable) {
        Double value = mean.value();
        return new Score(value, value == null ? null : scale.band(value), answered, applicable);
    }

    /** Σ weight × value / Σ weight; no value while nothing (or only zero weights) was added. */
    private static final class WeightedMean {
        private double weightedSum;
        private double totalWeight;

        void add(double weight, double value) {
            if (weight < 0) {
                throw new IllegalArgumentException("Weights are not negative: " + weight);
            }
            weightedSum += weight * value;
            totalWeight += weight;
        }

        Double value() {
            if (totalWeight == 0) {
                return null;
            }
            // Clamped: floating-point sums may land a hair outside [0, 1].
            return Math.max(0, Math.min(1, weightedSum / totalWeight));
        }
    }
}

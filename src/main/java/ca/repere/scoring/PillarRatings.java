package ca.repere.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The ratings of a pillar's criteria, with the pillar's weight in the overall score. */
public record PillarRatings(String code, BigDecimal weight, List<CriterionRating> criteria) {

    public PillarRatings {
        requireWeight(weight, code);
        criteria = List.copyOf(criteria);
    }

    /** Checked when the ratings are made, not when a rating first arrives: a bad weight fails at once. */
    static void requireWeight(BigDecimal weight, String code) {
        if (weight == null || weight.signum() < 0) {
            throw new IllegalArgumentException("Weight of " + code + " must be zero or more, not " + weight);
        }
    }
}

package ca.repere.scoring;

import java.math.BigDecimal;

/** What a team said of one criterion: whether it applies, and its rating if it has one yet. */
public record CriterionRating(String code, BigDecimal weight, boolean applicable, Integer rating) {

    public CriterionRating {
        PillarRatings.requireWeight(weight, code);
    }

    boolean counts() {
        return applicable && rating != null;
    }
}

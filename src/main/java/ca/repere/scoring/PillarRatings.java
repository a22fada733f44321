package ca.repere.scoring;

import java.math.BigDecimal;
import java.util.List;

/** The ratings of a pillar's criteria, with the pillar's weight in the overall score. */
public record PillarRatings(String code, BigDecimal weight, List<CriterionRating> criteria) {}

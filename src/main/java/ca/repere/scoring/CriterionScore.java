package ca.repere.scoring;

/** One criterion's score; {@code value} is null when it does not apply or is not rated yet. */
public record CriterionScore(String code, boolean applicable, Integer rating, Double value) {}

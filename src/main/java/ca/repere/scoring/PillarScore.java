package ca.repere.scoring;

import java.util.List;

public record PillarScore(String code, Score score, List<CriterionScore> criteria) {}

package ca.repere.scoring;

import java.util.List;
import java.util.Optional;

/** The overall score and each pillar's, in the framework's order. */
public record AssessmentScore(Score overall, List<PillarScore> pillars) {

    public Optional<PillarScore> pillar(String code) {
        return pillars.stream().filter(pillar -> pillar.code().equals(code)).findFirst();
    }

    public Optional<CriterionScore> criterion(String code) {
        return pillars.stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .filter(criterion -> criterion.code().equals(code))
                .findFirst();
    }
}

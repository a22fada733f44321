package ca.repere.framework;

import java.util.List;

/**
 * A draft as its editor sees it: the content (the same read model staff see, for the preview),
 * the lock counter the forms carry, whether the framework's name may still change, where the
 * draft came from, and what keeps it from being published.
 */
record DraftView(
        FrameworkVersionView content,
        long lockVersion,
        boolean frameworkNameEditable,
        String basedOnLabel,
        java.time.Instant createdAt,
        List<DraftProblem> problems) {

    public long id() {
        return content.id();
    }

    /** A weight as the editor shows it: 1, 1.5 (no trailing zeros). */
    public String weight(java.math.BigDecimal weight) {
        return DraftSnapshot.weight(weight);
    }

    public boolean publishable() {
        return problems.isEmpty();
    }

    public FrameworkVersionView.PillarView pillar(long pillarId) {
        return content.pillars().stream()
                .filter(pillar -> pillar.id() == pillarId)
                .findFirst()
                .orElse(null);
    }

    public FrameworkVersionView.CriterionView criterion(long criterionId) {
        return content.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .filter(criterion -> criterion.id() == criterionId)
                .findFirst()
                .orElse(null);
    }

    /** The pillar a criterion belongs to. */
    public FrameworkVersionView.PillarView pillarOf(long criterionId) {
        return content.pillars().stream()
                .filter(pillar -> pillar.criteria().stream().anyMatch(criterion -> criterion.id() == criterionId))
                .findFirst()
                .orElse(null);
    }
}

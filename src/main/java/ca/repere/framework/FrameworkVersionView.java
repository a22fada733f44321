package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A whole framework version, read-only: what other modules and the pages work with. It is
 * detached from the persistence layer, so it can be rendered and kept after the transaction ends.
 */
public record FrameworkVersionView(
        long id,
        String frameworkCode,
        LocalizedText frameworkName,
        String label,
        VersionStatus status,
        LocalizedText description,
        LocalizedText source,
        Instant publishedAt,
        List<PillarView> pillars,
        List<RatingLevelView> ratingScale) {

    public int criterionCount() {
        return pillars.stream().mapToInt(pillar -> pillar.criteria().size()).sum();
    }

    public record PillarView(
            long id,
            String code,
            LocalizedText title,
            LocalizedText outcome,
            BigDecimal weight,
            List<CriterionView> criteria) {}

    /** {@code guidance} is null when the framework gives no example or remark for the criterion. */
    public record CriterionView(long id, String code, LocalizedText text, LocalizedText guidance, BigDecimal weight) {}

    public record RatingLevelView(int value, LocalizedText label, LocalizedText description) {

        /** The level of {@code scale} with this value; null for a null value or one off the scale. */
        public static RatingLevelView of(List<RatingLevelView> scale, Integer value) {
            return value == null
                    ? null
                    : scale.stream()
                            .filter(level -> level.value() == value)
                            .findFirst()
                            .orElse(null);
        }
    }
}

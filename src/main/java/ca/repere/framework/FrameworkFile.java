package ca.repere.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * The framework file format (YAML, one file per framework version under
 * {@code resources/frameworks/}), as read before validation: every field may be missing or wrong,
 * and {@link FrameworkFileValidator} says where. See README, "Framework files".
 */
record FrameworkFile(
        String code,
        String version,
        Text name,
        Text source,
        Text description,
        List<Level> ratingScale,
        List<PillarEntry> pillars) {

    /** A text in both languages. */
    record Text(String fr, String en) {}

    record Level(Integer value, Text label, Text description) {}

    record PillarEntry(String code, BigDecimal weight, Text title, Text outcome, List<CriterionEntry> criteria) {}

    record CriterionEntry(String code, BigDecimal weight, Text text, Text guidance) {}
}

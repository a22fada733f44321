package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.time.Instant;

/** A line of the framework library: which version, in what state, how big. */
public record FrameworkVersionSummary(
        long id,
        String frameworkCode,
        LocalizedText frameworkName,
        String label,
        VersionStatus status,
        Instant publishedAt,
        int pillarCount,
        int criterionCount) {}

package ca.repere.framework;

import ca.repere.framework.FrameworkFile.CriterionEntry;
import ca.repere.framework.FrameworkFile.Level;
import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFile.Text;
import ca.repere.shared.audit.AuditTrail;
import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a valid framework file into a framework version of the library. */
@Service
class FrameworkImporter {

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final Clock clock;
    private final AuditTrail audit;

    FrameworkImporter(
            FrameworkRepository frameworks, FrameworkVersionRepository versions, Clock clock, AuditTrail audit) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.clock = clock;
        this.audit = audit;
    }

    /** Imports the file as a published version; the caller has validated it. */
    @Transactional
    FrameworkVersion importPublished(FrameworkFile file) {
        return importVersion(file, VersionStatus.PUBLISHED);
    }

    /**
     * Imports the file as a new version of its framework (created if the code is new), as a draft
     * or published; the caller has validated it. All or nothing: a failure on any row, or on the
     * audit record, leaves no trace. A framework that exists keeps its name: it is the framework's,
     * not the version's.
     */
    @Transactional
    FrameworkVersion importVersion(FrameworkFile file, VersionStatus status) {
        if (status == VersionStatus.RETIRED) {
            throw new IllegalArgumentException("A version is imported as a draft or published");
        }
        Optional<Framework> existing = frameworks.findByCode(file.code());
        boolean newFramework = existing.isEmpty();
        Framework framework =
                existing.orElseGet(() -> frameworks.save(new Framework(file.code(), localized(file.name()))));
        FrameworkVersion version = new FrameworkVersion(
                framework, file.version().strip(), localized(file.description()), localizedOrNull(file.source()));
        for (Level level : file.ratingScale()) {
            version.addRatingLevel(level.value(), localized(level.label()), localized(level.description()));
        }
        for (PillarEntry entry : file.pillars()) {
            Pillar pillar = version.addPillar(
                    entry.code(), localized(entry.title()), localized(entry.outcome()), weightOf(entry.weight()));
            for (CriterionEntry criterion : entry.criteria()) {
                pillar.addCriterion(
                        criterion.code(),
                        localized(criterion.text()),
                        localizedOrNull(criterion.guidance()),
                        weightOf(criterion.weight()));
            }
        }
        // Content goes in while the version is a draft: the database refuses it once published.
        versions.saveAndFlush(version);
        if (status == VersionStatus.PUBLISHED) {
            version.publish(clock.instant());
            versions.flush();
        }
        audit.record(
                "framework.version.imported",
                "framework_version",
                version.getId(),
                file.code() + " " + version.getLabel(),
                null,
                AuditTrail.state(
                        "framework",
                        file.code(),
                        "label",
                        version.getLabel(),
                        "status",
                        version.getStatus().name(),
                        "newFramework",
                        newFramework,
                        "pillars",
                        version.getPillars().size(),
                        "criteria",
                        version.criterionCount()));
        return version;
    }

    private static BigDecimal weightOf(BigDecimal weight) {
        return weight == null ? BigDecimal.ONE : weight;
    }

    private static LocalizedText localized(Text text) {
        return LocalizedText.of(text.fr().strip(), text.en().strip());
    }

    private static LocalizedText localizedOrNull(Text text) {
        if (text == null || text.fr() == null || text.fr().isBlank()) {
            return null;
        }
        return localized(text);
    }
}

package ca.repere.framework;

import ca.repere.framework.FrameworkFile.CriterionEntry;
import ca.repere.framework.FrameworkFile.Level;
import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFile.Text;
import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a valid framework file into a framework version of the library. */
@Service
class FrameworkImporter {

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final Clock clock;

    FrameworkImporter(FrameworkRepository frameworks, FrameworkVersionRepository versions, Clock clock) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.clock = clock;
    }

    /** Imports the file as a published version; the caller has validated it. */
    @Transactional
    FrameworkVersion importPublished(FrameworkFile file) {
        Framework framework = frameworks
                .findByCode(file.code())
                .orElseGet(() -> frameworks.save(new Framework(file.code(), localized(file.name()))));
        FrameworkVersion version = new FrameworkVersion(
                framework, file.version(), localized(file.description()), localizedOrNull(file.source()));
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
        version.publish(clock.instant());
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

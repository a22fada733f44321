package ca.repere.framework;

import ca.repere.framework.FrameworkFile.CriterionEntry;
import ca.repere.framework.FrameworkFile.Level;
import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFile.Text;
import ca.repere.shared.i18n.LocalizedText;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a framework version as a framework file, the format of the files shipped under
 * {@code resources/frameworks/}: reading it back gives the same version, and writing the same
 * version twice gives the same bytes.
 */
@Component
class FrameworkFileWriter {

    // Every text in double quotes (a code "1.10" stays a text), paragraphs as literal blocks, no folding of long lines.
    private final YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .disable(YAMLWriteFeature.SPLIT_LINES)
                    .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The version as a file, UTF-8. */
    byte[] write(FrameworkVersion version) {
        FrameworkFile file = toFile(version);
        String header = "# Repère framework file: " + oneLine(file.name().en()) + ", version " + oneLine(file.version())
                + ".\n# Format: README, \"Framework files\"; JSON Schema: frameworks/framework-file.schema.json.\n";
        return (header + yaml.writeValueAsString(file)).getBytes(StandardCharsets.UTF_8);
    }

    static FrameworkFile toFile(FrameworkVersion version) {
        List<Level> scale = version.getRatingLevels().stream()
                .map(level -> new Level(level.getValue(), text(level.getLabel()), text(level.getDescription())))
                .toList();
        List<PillarEntry> pillars = version.getPillars().stream()
                .map(pillar -> new PillarEntry(
                        pillar.getCode(),
                        weight(pillar.getWeight()),
                        text(pillar.getTitle()),
                        text(pillar.getOutcome()),
                        pillar.getCriteria().stream()
                                .map(criterion -> new CriterionEntry(
                                        criterion.getCode(),
                                        weight(criterion.getWeight()),
                                        text(criterion.getText()),
                                        text(criterion.getGuidance())))
                                .toList()))
                .toList();
        return new FrameworkFile(
                version.getFramework().getCode(),
                version.getLabel(),
                text(version.getFramework().getName()),
                text(version.getSource()),
                text(version.getDescription()),
                scale,
                pillars);
    }

    /** An absent optional text is left out of the file, never written as two empty strings. */
    private static Text text(LocalizedText text) {
        return text == null || text.isBlank() ? null : new Text(text.fr(), text.en());
    }

    /** 1.000 as stored is written 1, 0.500 as 0.5. */
    private static BigDecimal weight(BigDecimal weight) {
        return weight == null ? null : weight.stripTrailingZeros();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}

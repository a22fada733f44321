package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.framework.FrameworkFileSamples.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of framework files and {@link FrameworkFileValidator} are two statements of the
 * same format: they must accept the same files and, on every rule both can check, find the same
 * problems at the same places. A rule changed on one side only makes this test fail.
 */
class FrameworkFileRulesAgreementTest {

    /** What only the schema can see: the validator reads a bound record, where these are gone. */
    private static final Set<String> SCHEMA_ONLY = Set.of(
            "framework.file.problem.unknownField",
            "framework.file.problem.notAFrameworkFile",
            "framework.file.problem.invalid");

    /** What a JSON Schema cannot state: uniqueness of a field across items, order of values. */
    private static final Set<String> VALIDATOR_ONLY =
            Set.of("framework.file.problem.duplicateCode", "framework.file.problem.scaleOrder");

    private final FrameworkFileReader reader = new FrameworkFileReader();

    static Stream<Sample> everySample() {
        return Stream.of(FrameworkFileSamples.good(), FrameworkFileSamples.bad(), FrameworkFileSamples.shipped())
                .flatMap(samples -> samples);
    }

    static Stream<Sample> acceptedFiles() {
        return Stream.concat(FrameworkFileSamples.good(), FrameworkFileSamples.shipped());
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void schemaAndValidatorBothAcceptTheGoodAndTheShippedFiles(Sample sample) {
        FrameworkFileReader.Checks checks = reader.checks(tree(sample));

        assertThat(checks.schema()).as("schema").isEmpty();
        assertThat(checks.validator()).as("validator").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void schemaAndValidatorFindTheSameProblemsOnEveryRuleBothCheck(Sample sample) {
        JsonNode tree = treeOrNull(sample);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return; // Not readable at all: neither set of rules gets to look at it.
        }
        FrameworkFileReader.Checks checks = reader.checks(tree);

        assertThat(shared(checks.schema()))
                .as("problems the schema finds, against the validator's")
                .containsExactlyInAnyOrderElementsOf(shared(checks.validator()));
    }

    @Test
    void badSamplesCoverEveryRuleBothCheck() {
        Set<String> covered = FrameworkFileSamples.bad()
                .flatMap(sample -> sample.expected().stream())
                .map(expected -> expected.substring(expected.indexOf(' ') + 1))
                .collect(java.util.stream.Collectors.toSet());

        assertThat(covered)
                .contains(
                        "framework.file.problem.required",
                        "framework.file.problem.frameworkCode",
                        "framework.file.problem.itemCode",
                        "framework.file.problem.tooLong",
                        "framework.file.problem.tooLarge",
                        "framework.file.problem.negative",
                        "framework.file.problem.weight",
                        "framework.file.problem.scaleTooShort",
                        "framework.file.problem.noPillars",
                        "framework.file.problem.noCriteria",
                        "framework.file.problem.duplicateCode",
                        "framework.file.problem.scaleOrder",
                        "framework.file.problem.unknownField");
    }

    /** The validator's limits are written in Java; the schema's in JSON. They are the same numbers. */
    @Test
    void schemaStatesTheValidatorsPatternsAndLimits() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream(FrameworkFileSchema.LOCATION)) {
            schema = JsonMapper.builder().build().readTree(in);
        }
        JsonNode defs = schema.path("$defs");
        JsonNode properties = schema.path("properties");

        assertThat(defs.at("/frameworkCode/pattern").asString())
                .isEqualTo("^" + FrameworkFileValidator.FRAMEWORK_CODE.pattern() + "$");
        assertThat(defs.at("/itemCode/pattern").asString())
                .isEqualTo("^" + FrameworkFileValidator.ITEM_CODE.pattern() + "$");
        assertThat(properties.at("/version/maxLength").asInt()).isEqualTo(FrameworkFileValidator.MAX_LABEL);
        assertThat(properties.at("/name/properties/fr/maxLength").asInt()).isEqualTo(FrameworkFileValidator.MAX_TITLE);
        assertThat(properties.at("/source/properties/en/maxLength").asInt())
                .isEqualTo(FrameworkFileValidator.MAX_SOURCE);
        assertThat(defs.at("/ratingLevel/properties/label/properties/en/maxLength")
                        .asInt())
                .isEqualTo(FrameworkFileValidator.MAX_LEVEL_LABEL);
        assertThat(defs.at("/ratingLevel/properties/description/properties/fr/maxLength")
                        .asInt())
                .isEqualTo(FrameworkFileValidator.MAX_LEVEL_DESCRIPTION);
        assertThat(defs.at("/ratingLevel/properties/value/maximum").asInt())
                .isEqualTo(FrameworkFileValidator.MAX_LEVEL_VALUE);
        assertThat(defs.at("/pillar/properties/title/properties/en/maxLength").asInt())
                .isEqualTo(FrameworkFileValidator.MAX_TITLE);
        assertThat(defs.at("/weight/exclusiveMaximum").decimalValue())
                .isEqualByComparingTo(FrameworkFileValidator.MAX_WEIGHT);
        assertThat(defs.at("/weight/multipleOf").decimalValue())
                .isEqualByComparingTo(BigDecimal.ONE.movePointLeft(FrameworkFileValidator.WEIGHT_DECIMALS));
    }

    private static List<String> shared(List<FrameworkFileProblem> problems) {
        return problems.stream()
                .filter(problem -> !SCHEMA_ONLY.contains(problem.messageKey())
                        && !problem.messageKey().startsWith("framework.file.problem.type.")
                        && !VALIDATOR_ONLY.contains(problem.messageKey()))
                .map(problem -> problem.location() + " " + problem.messageKey() + " " + problem.arguments())
                .distinct()
                .toList();
    }

    private JsonNode tree(Sample sample) {
        return reader.tree(new String(sample.content(), StandardCharsets.UTF_8));
    }

    private JsonNode treeOrNull(Sample sample) {
        try {
            return tree(sample);
        } catch (JacksonException unreadable) {
            return null;
        }
    }
}

package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFileSamples.Sample;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A framework file is checked whole: every problem is reported with its place, not just the first. */
class FrameworkFileReaderTest {

    private final FrameworkFileReader reader = new FrameworkFileReader();

    @Test
    void shippedCcrCleoFileIsValid() {
        FrameworkFileReader.Result result =
                reader.read(FrameworkFileSamples.shipped("ccr-cleo-2021.yaml").content());

        assertThat(result.problems()).isEmpty();
        assertThat(result.file().pillars()).hasSize(4);
    }

    @Test
    void shippedPathwaysToProsperityFileHasTheTenCharacteristicsInBothLanguages() {
        FrameworkFileReader.Result result =
                reader.read(FrameworkFileSamples.shipped("p2p-promising-practices-2021.yaml")
                        .content());

        assertThat(result.problems()).isEmpty();
        FrameworkFile file = result.file();
        assertThat(file.code()).isEqualTo("p2p-promising-practices-2021");
        assertThat(file.pillars())
                .extracting(pillar -> pillar.title().en())
                .containsExactly(
                        "Effective",
                        "Efficient",
                        "Relevant",
                        "Sustainable",
                        "Transferable",
                        "Innovative and visionary",
                        "Clearly different from similar practices",
                        "Strong client uptake",
                        "Strong client retention",
                        "Solid evidence of positive results");
        assertThat(file.pillars())
                .extracting(pillar -> pillar.title().fr())
                .containsExactly(
                        "Efficace",
                        "Efficiente",
                        "Pertinente",
                        "Durable",
                        "Transférable",
                        "Innovatrice et visionnaire",
                        "Diffère de façon claire d’autres pratiques similaires",
                        "Fort attrait auprès des clients",
                        "Forte rétention des clients",
                        "Preuves solides de résultats concluants");
        for (PillarEntry pillar : file.pillars()) {
            assertThat(pillar.outcome().fr())
                    .as(pillar.code())
                    .isNotEqualTo(pillar.outcome().en());
            assertThat(pillar.criteria()).as(pillar.code()).isNotEmpty();
            pillar.criteria()
                    .forEach(criterion -> assertThat(criterion.text().fr())
                            .as(criterion.code())
                            .isNotEqualTo(criterion.text().en()));
        }
        assertThat(file.ratingScale()).extracting(FrameworkFile.Level::value).containsExactly(0, 1, 2, 3, 4);
        assertThat(file.pillars().get(9).criteria())
                .extracting(criterion -> criterion.text().en())
                .anySatisfy(text -> assertThat(text).contains("logic model"))
                .anySatisfy(text -> assertThat(text).contains("every stage"));
    }

    @ParameterizedTest
    @MethodSource("ca.repere.framework.FrameworkFileSamples#good")
    void goodSampleIsValid(Sample sample) {
        FrameworkFileReader.Result result = reader.read(sample.content());

        assertThat(result.problems()).isEmpty();
        assertThat(result.file()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("badSamples")
    void badSampleGetsExactlyItsProblemsWithTheirPlaces(Sample sample) {
        FrameworkFileReader.Result result = reader.read(sample.content());

        assertThat(sample.expected()).as("the sample says what to expect").isNotEmpty();
        assertThat(result.isValid()).isFalse();
        assertThat(result.file()).isNull();
        assertThat(result.problems())
                .extracting(problem -> problem.location() + " " + problem.messageKey())
                .containsExactlyInAnyOrderElementsOf(sample.expected());
    }

    static Stream<Sample> badSamples() {
        return FrameworkFileSamples.bad();
    }

    @Test
    void reportsEveryProblemWithItsLocation() {
        FrameworkFileReader.Result result = read("""
                code: Bad Code
                version: "1"
                name: { fr: "Nom" }
                description: { fr: "Desc", en: "Desc" }
                ratingScale:
                  - { value: 0, label: { fr: "Non", en: "No" }, description: { fr: "d", en: "d" } }
                  - { value: 0, label: { fr: "Oui", en: "Yes" }, description: { fr: "d", en: "d" } }
                pillars:
                  - code: "1"
                    title: { fr: "Un", en: "One" }
                    outcome: { fr: "R", en: "O" }
                    criteria:
                      - { code: "1.1", text: { fr: "T", en: "T" } }
                      - { code: "1.1", weight: -2, text: { fr: "T", en: "" } }
                  - code: "2"
                    title: { fr: "Deux", en: "Two" }
                    outcome: { fr: "R", en: "O" }
                    criteria: []
                """);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(FrameworkFileProblem::location, FrameworkFileProblem::messageKey)
                .containsExactly(
                        tuple("code", "framework.file.problem.frameworkCode"),
                        tuple("name.en", "framework.file.problem.required"),
                        tuple("ratingScale", "framework.file.problem.scaleTooShort"),
                        tuple("ratingScale[1].value", "framework.file.problem.scaleOrder"),
                        tuple("pillars[0].criteria[1].code", "framework.file.problem.duplicateCode"),
                        tuple("pillars[0].criteria[1].weight", "framework.file.problem.weight"),
                        tuple("pillars[0].criteria[1].text.en", "framework.file.problem.required"),
                        tuple("pillars[1].criteria", "framework.file.problem.noCriteria"));
    }

    @Test
    void unknownFieldIsNamedWithItsPathBesideTheFieldItStandsFor() {
        FrameworkFileReader.Result result = read("""
                code: x-y
                pillars:
                  - code: "1"
                    titel: { fr: "Un", en: "One" }
                """);

        assertThat(result.problems())
                .filteredOn(problem -> problem.location().startsWith("pillars[0].tit"))
                .extracting(
                        FrameworkFileProblem::location,
                        FrameworkFileProblem::messageKey,
                        FrameworkFileProblem::arguments)
                .containsExactly(
                        tuple("pillars[0].title", "framework.file.problem.required", List.of()),
                        tuple("pillars[0].titel", "framework.file.problem.unknownField", List.of("titel")));
    }

    @Test
    void unreadableYamlGivesALineAndColumn() {
        FrameworkFileReader.Result result = read("code: x\nversion: [unclosed\nname: 1\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(FrameworkFileLocations.WHOLE_FILE);
            assertThat(problem.messageKey()).isEqualTo("framework.file.problem.unreadable");
            assertThat(problem.arguments()).hasSize(3);
            assertThat(problem.arguments().get(0)).as("line").isEqualTo(3);
            assertThat((String) problem.arguments().get(2))
                    .as("the parser's reason")
                    .isNotBlank();
        });
    }

    @Test
    void emptyOrBlankFileIsReportedAsSuch() {
        assertThat(read("").problems())
                .extracting(FrameworkFileProblem::messageKey)
                .containsExactly("framework.file.problem.empty");
        assertThat(read(" \n\t\n").problems())
                .extracting(FrameworkFileProblem::messageKey)
                .containsExactly("framework.file.problem.empty");
    }

    @Test
    void fileWithFarMoreValuesThanAnyFrameworkIsRefusedWhole() {
        String huge = "code: huge\npillars:\n" + "  - {}\n".repeat(FrameworkFileReader.MAX_VALUES);

        assertThat(read(huge).problems())
                .extracting(FrameworkFileProblem::messageKey)
                .containsExactly("framework.file.problem.tooManyValues");
    }

    @Test
    void binaryFileIsNotTakenForText() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3};

        assertThat(reader.read(pdf).problems())
                .extracting(FrameworkFileProblem::messageKey)
                .containsExactly("framework.file.problem.encoding");
    }

    @Test
    void byteOrderMarkOfAFileSavedByWindowsIsIgnored() {
        byte[] sample = FrameworkFileSamples.good()
                .filter(file -> file.name().equals("minimal.yaml"))
                .findFirst()
                .orElseThrow()
                .content();
        byte[] withMark = new byte[sample.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(sample, 0, withMark, 3, sample.length);

        assertThat(reader.read(withMark).problems()).isEmpty();
    }

    @Test
    void textsAreKeptExactlyAsWritten() {
        FrameworkFile file = reader.read(FrameworkFileSamples.good()
                        .filter(sample -> sample.name().equals("complete.yaml"))
                        .findFirst()
                        .orElseThrow()
                        .content())
                .file();

        assertThat(file.version()).isEqualTo("2026-01 révisée");
        assertThat(file.name().en())
                .isEqualTo("Complete sample: “curly” and \"straight\" quotes, a back\\slash, a colon");
        assertThat(file.pillars().get(0).criteria())
                .extracting(FrameworkFile.CriterionEntry::code)
                .containsExactly("1.1", "1.10");
        assertThat(file.pillars().get(0).criteria().get(0).weight()).isEqualByComparingTo("0.125");
        assertThat(file.pillars().get(0).criteria().get(1).guidance()).isNull();
        assertThat(file.description().fr()).contains("\n\nDeuxième paragraphe, avec un #");
    }

    private FrameworkFileReader.Result read(String yaml) {
        return reader.read(yaml.getBytes(StandardCharsets.UTF_8));
    }
}

package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A framework file is checked whole: every problem is reported with its place, not just the first. */
class FrameworkFileReaderTest {

    private final FrameworkFileReader reader = new FrameworkFileReader();

    @Test
    void shippedCcrCleoFileIsValid() throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/frameworks/ccr-cleo-2021.yaml")) {
            FrameworkFileReader.Result result = reader.read(file);
            assertThat(result.problems()).isEmpty();
            assertThat(result.file().pillars()).hasSize(4);
        }
    }

    @Test
    void reportsEveryProblemWithItsLocation() throws IOException {
        String yaml = """
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
                """;

        FrameworkFileReader.Result result = read(yaml);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(FrameworkFileProblem::location, FrameworkFileProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("code", "framework.file.problem.frameworkCode"),
                        org.assertj.core.groups.Tuple.tuple("name.en", "framework.file.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                "ratingScale[1].value", "framework.file.problem.scaleOrder"),
                        org.assertj.core.groups.Tuple.tuple("ratingScale", "framework.file.problem.scaleTooShort"),
                        org.assertj.core.groups.Tuple.tuple(
                                "pillars[0].criteria[1].code", "framework.file.problem.duplicateCode"),
                        org.assertj.core.groups.Tuple.tuple(
                                "pillars[0].criteria[1].weight", "framework.file.problem.weight"),
                        org.assertj.core.groups.Tuple.tuple(
                                "pillars[0].criteria[1].text.en", "framework.file.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                "pillars[1].criteria", "framework.file.problem.noCriteria"));
    }

    @Test
    void unknownFieldIsNamedWithItsPath() throws IOException {
        FrameworkFileReader.Result result = read("""
                code: x-y
                pillars:
                  - code: "1"
                    titel: { fr: "Un", en: "One" }
                """);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("pillars[0].titel");
            assertThat(problem.messageKey()).isEqualTo("framework.file.problem.unknownField");
            assertThat(problem.arguments()).containsExactly("titel");
        });
    }

    @Test
    void unreadableYamlGivesALineAndColumn() throws IOException {
        FrameworkFileReader.Result result = read("code: [unclosed\nversion: 1\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).startsWith("line ");
            assertThat(problem.messageKey()).isEqualTo("framework.file.problem.unreadable");
        });
    }

    @Test
    void emptyFileIsReportedAsSuch() throws IOException {
        assertThat(read("").problems())
                .extracting(FrameworkFileProblem::messageKey)
                .containsExactly("framework.file.problem.empty");
    }

    private FrameworkFileReader.Result read(String yaml) throws IOException {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}

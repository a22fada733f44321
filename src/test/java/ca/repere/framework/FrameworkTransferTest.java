package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.framework.FrameworkFileSamples.Sample;
import ca.repere.framework.FrameworkTransfer.ImportOutcome;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestFrameworks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * Import and export of framework files against the real database: what a good file becomes, that
 * a bad one leaves nothing behind (one transaction, even when the database refuses the last row),
 * and that export then import gives the same version.
 */
class FrameworkTransferTest extends IntegrationTest {

    @Autowired
    FrameworkTransfer transfer;

    @Autowired
    FrameworkLibrary library;

    @Autowired
    FrameworkFileReader reader;

    @Test
    void goodFileBecomesADraftOfANewFrameworkByDefaultChoice() {
        String code = uniqueCode();

        ImportOutcome outcome = transfer.importFile(minimal(code, "v1"), VersionStatus.DRAFT);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.newFramework()).isTrue();
        FrameworkVersionView version =
                library.version(outcome.versionId(), true).orElseThrow();
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.publishedAt()).isNull();
        assertThat(version.frameworkCode()).isEqualTo(code);
        assertThat(version.label()).isEqualTo("v1");
        assertThat(version.pillars()).extracting(PillarView::code).containsExactly("A");
        assertThat(library.version(outcome.versionId(), false))
                .as("a draft stays out of sight of everyone but admins")
                .isEmpty();
        assertThat(library.publishedVersions()).noneMatch(summary -> summary.id() == outcome.versionId());
    }

    @Test
    void goodFileCanBePublishedAtOnce() {
        String code = uniqueCode();

        ImportOutcome outcome = transfer.importFile(minimal(code, "v1"), VersionStatus.PUBLISHED);

        FrameworkVersionView version =
                library.version(outcome.versionId(), false).orElseThrow();
        assertThat(version.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version.publishedAt()).isNotNull();
        assertThat(library.publishedVersions()).anyMatch(summary -> summary.id() == outcome.versionId());
    }

    @Test
    void fileWithAKnownCodeAddsAVersionToThatFrameworkWhichKeepsItsName() {
        String code = uniqueCode();
        long first = transfer.importFile(minimal(code, "v1"), VersionStatus.PUBLISHED)
                .versionId();
        String renamed =
                new String(minimal(code, "v2"), StandardCharsets.UTF_8).replace("Exemple minimal", "Autre nom");

        ImportOutcome second = transfer.importFile(renamed.getBytes(StandardCharsets.UTF_8), VersionStatus.DRAFT);

        assertThat(second.problems()).isEmpty();
        assertThat(second.newFramework()).isFalse();
        assertThat(frameworkIdOf(second.versionId())).isEqualTo(frameworkIdOf(first));
        assertThat(library.version(second.versionId(), true)
                        .orElseThrow()
                        .frameworkName()
                        .fr())
                .isEqualTo("Exemple minimal");
    }

    @Test
    void labelTheFrameworkAlreadyHasIsRefusedWithTheFilesOtherProblems() {
        Counts before = counts();

        ImportOutcome outcome = transfer.importFile("""
                code: ccr-cleo-2021
                version: "2021-02-08"
                name: { fr: "Nom" }
                """.getBytes(StandardCharsets.UTF_8), VersionStatus.DRAFT);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .extracting(problem -> problem.location() + " " + problem.messageKey())
                .startsWith("version framework.file.problem.labelTaken", "name.en framework.file.problem.required")
                .contains("pillars framework.file.problem.required");
        assertThat(outcome.problems().get(0).arguments()).containsExactly("2021-02-08", "ccr-cleo-2021");
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("badSamples")
    void badFileImportsNothing(Sample sample) {
        Counts before = counts();

        ImportOutcome outcome = transfer.importFile(sample.content(), VersionStatus.PUBLISHED);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .extracting(problem -> problem.location() + " " + problem.messageKey())
                .containsExactlyInAnyOrderElementsOf(sample.expected());
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Sample> badSamples() {
        return FrameworkFileSamples.bad();
    }

    /**
     * The label was free when the file was checked, but another import took it before this one
     * was saved: the database refuses the version, and the person is told, as for any taken label.
     */
    @Test
    void labelTakenByTheTimeTheFileIsSavedIsRefusedAndLeavesNothing() {
        String code = uniqueCode();
        transfer.importFile(minimal(code, "v1"), VersionStatus.DRAFT);
        FrameworkFile sameLabel = reader.read(minimal(code, "v1")).file();
        Counts before = counts();

        ImportOutcome outcome = transfer.save(sameLabel, VersionStatus.PUBLISHED);

        assertThat(outcome.problems())
                .extracting(problem -> problem.location() + " " + problem.messageKey())
                .containsExactly("version framework.file.problem.labelTaken");
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * One transaction: the database refuses the very last row of a new framework (a trigger made
     * for this test), after the framework, the version, its scale and its pillars went in. None of
     * them stays, and neither does the audit record.
     */
    @Test
    void fileRefusedAtItsLastRowLeavesNoRowAtAll() {
        String code = uniqueCode();
        String file =
                new String(minimal(code, "v1"), StandardCharsets.UTF_8).replace("Criterion A.1", "REFUSE-THIS-ROW");
        jdbc.sql("""
                        create or replace function refuse_marked_criterion() returns trigger language plpgsql as $$
                        begin
                            if new.text_en = 'REFUSE-THIS-ROW' then
                                raise exception 'refused for the test' using errcode = 'check_violation';
                            end if;
                            return new;
                        end $$
                        """).update();
        jdbc.sql("create trigger refuse_marked_criterion before insert on criterion"
                        + " for each row execute function refuse_marked_criterion()")
                .update();
        Counts before = counts();
        try {
            assertThatThrownBy(() -> transfer.importFile(file.getBytes(StandardCharsets.UTF_8), VersionStatus.DRAFT))
                    .isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.sql("drop trigger refuse_marked_criterion on criterion").update();
            jdbc.sql("drop function refuse_marked_criterion()").update();
        }

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from framework where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void importIsRecordedInTheAuditTrailWithCodeLabelAndStatus() {
        String code = uniqueCode();

        long version =
                transfer.importFile(minimal(code, "v1"), VersionStatus.DRAFT).versionId();

        Map<String, Object> event = jdbc.sql("""
                        select action, subject_label, after_state::text as after_state from audit_event
                        where subject_type = 'framework_version' and subject_id = ?
                        """).param(version).query().singleRow();
        assertThat(event.get("action")).isEqualTo("framework.version.imported");
        assertThat(event.get("subject_label")).isEqualTo(code + " v1");
        assertThat((String) event.get("after_state"))
                .contains("\"framework\": \"" + code + "\"")
                .contains("\"label\": \"v1\"")
                .contains("\"status\": \"DRAFT\"");
    }

    @Test
    void exportThenImportGivesTheSameVersionForEveryShippedFramework() {
        for (String code : List.of(TestFrameworks.CCR_CLEO, "p2p-promising-practices-2021")) {
            FrameworkVersionSummary shipped = library.publishedVersions().stream()
                    .filter(summary -> summary.frameworkCode().equals(code))
                    .findFirst()
                    .orElseThrow();
            // Copied as a draft: a second published copy would show on every start page of the shared database.
            assertRoundTrip(shipped.id(), VersionStatus.DRAFT);
        }
    }

    @Test
    void exportThenImportGivesTheSameVersionForADraftWithWeightsGuidanceAndParagraphs() {
        byte[] complete = FrameworkFileSamples.good()
                .filter(sample -> sample.name().equals("complete.yaml"))
                .findFirst()
                .orElseThrow()
                .content();
        String code = uniqueCode();
        byte[] file = withCodeAndLabel(complete, code, "2026-01 révisée");
        long draft = transfer.importFile(file, VersionStatus.DRAFT).versionId();

        assertRoundTrip(draft, VersionStatus.DRAFT);
    }

    @Test
    void exportIsUtf8NamedAfterCodeAndLabel() {
        long ccrCleo = testFrameworks.ccrCleo().id();

        FrameworkTransfer.ExportedFile file = transfer.export(ccrCleo).orElseThrow();

        assertThat(file.fileName()).isEqualTo("ccr-cleo-2021-2021-02-08.yaml");
        assertThat(new String(file.content(), StandardCharsets.UTF_8))
                .contains("Principes éthiques")
                .contains("code: \"ccr-cleo-2021\"")
                .contains("version: \"2021-02-08\"");
        assertThat(transfer.export(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void fileNameOfALabelWithSpacesAndSlashesIsSafe() {
        String code = uniqueCode();
        long version = transfer.importFile(minimal(code, "2026/01 révisée"), VersionStatus.DRAFT)
                .versionId();

        assertThat(transfer.export(version).orElseThrow().fileName()).isEqualTo(code + "-2026-01-révisée.yaml");
    }

    /** Export, import the file under another code, export again: same content, same bytes. */
    private void assertRoundTrip(long versionId, VersionStatus status) {
        byte[] exported = transfer.export(versionId).orElseThrow().content();
        FrameworkVersionView original = library.version(versionId, true).orElseThrow();
        String otherCode = uniqueCode();

        ImportOutcome reimported = transfer.importFile(withCodeAndLabel(exported, otherCode, "copy"), status);

        assertThat(reimported.problems()).as("problems of the exported file").isEmpty();
        FrameworkVersionView copy =
                library.version(reimported.versionId(), true).orElseThrow();
        assertThat(copy.status()).isEqualTo(status);
        assertThat(content(copy)).isEqualTo(content(original));
        byte[] exportedAgain =
                transfer.export(reimported.versionId()).orElseThrow().content();
        assertThat(withoutIdentity(exportedAgain)).isEqualTo(withoutIdentity(exported));
    }

    /** Everything a version says, field by field, without what identifies it (ids, code, label, status). */
    private static List<Object> content(FrameworkVersionView version) {
        return List.of(
                version.frameworkName(),
                version.description(),
                version.source() == null ? "no source" : version.source(),
                version.ratingScale().stream()
                        .map(level -> List.of(level.value(), level.label(), level.description()))
                        .toList(),
                version.pillars().stream()
                        .map(pillar -> List.of(
                                pillar.code(),
                                pillar.title(),
                                pillar.outcome(),
                                pillar.weight().stripTrailingZeros().toPlainString(),
                                pillar.criteria().stream()
                                        .map(FrameworkTransferTest::content)
                                        .toList()))
                        .toList());
    }

    private static List<Object> content(CriterionView criterion) {
        return List.of(
                criterion.code(),
                criterion.text(),
                criterion.guidance() == null ? "no guidance" : criterion.guidance(),
                criterion.weight().stripTrailingZeros().toPlainString());
    }

    /** The file without its comments and the two lines that name the framework and version. */
    private static String withoutIdentity(byte[] file) {
        return new String(file, StandardCharsets.UTF_8)
                .replaceAll("(?m)^#.*\\n", "")
                .replaceAll("(?m)^(code|version): .*\\n", "");
    }

    private static byte[] withCodeAndLabel(byte[] file, String code, String label) {
        return new String(file, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^code: .*$", "code: \"" + code + "\"")
                .replaceFirst("(?m)^version: .*$", "version: \"" + label + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] minimal(String code, String label) {
        return ("""
                code: %s
                version: "%s"
                name: { fr: "Exemple minimal", en: "Minimal sample" }
                description: { fr: "Le moins possible.", en: "As little as possible." }
                ratingScale:
                  - { value: 0, label: { fr: "Non", en: "No" }, description: { fr: "Rien.", en: "Nothing." } }
                  - { value: 1, label: { fr: "Oui", en: "Yes" }, description: { fr: "Tout.", en: "All." } }
                pillars:
                  - code: "A"
                    title: { fr: "Pilier A", en: "Pillar A" }
                    outcome: { fr: "Résultat A.", en: "Outcome A." }
                    criteria:
                      - { code: "A.1", text: { fr: "Critère A.1", en: "Criterion A.1" } }
                """).formatted(code, label).getBytes(StandardCharsets.UTF_8);
    }

    private static String uniqueCode() {
        return TestData.unique("t").toLowerCase().replaceAll("[^a-z0-9-]", "-");
    }

    private long frameworkIdOf(long versionId) {
        return jdbc.sql("select framework_id from framework_version where id = ?")
                .param(versionId)
                .query(Long.class)
                .single();
    }

    record Counts(int frameworks, int versions, int levels, int pillars, int criteria, int auditEvents) {}

    private Counts counts() {
        return new Counts(
                count("framework"),
                count("framework_version"),
                count("rating_level"),
                count("pillar"),
                count("criterion"),
                count("audit_event"));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}

package ca.repere.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Framework versions in and out of the library as framework files: the admins' import (as a draft
 * to review, or published at once) and export of any version. Callers have checked that the
 * person is an admin.
 */
@Service
class FrameworkTransfer {

    private final FrameworkFileReader reader;
    private final FrameworkFileWriter writer;
    private final FrameworkImporter importer;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;

    FrameworkTransfer(
            FrameworkFileReader reader,
            FrameworkFileWriter writer,
            FrameworkImporter importer,
            FrameworkRepository frameworks,
            FrameworkVersionRepository versions) {
        this.reader = reader;
        this.writer = writer;
        this.importer = importer;
        this.frameworks = frameworks;
        this.versions = versions;
    }

    /** The imported version, or every problem of the file (and then nothing is imported). */
    record ImportOutcome(Long versionId, boolean newFramework, List<FrameworkFileProblem> problems) {

        static ImportOutcome rejected(List<FrameworkFileProblem> problems) {
            return new ImportOutcome(null, false, List.copyOf(problems));
        }

        boolean imported() {
            return versionId != null;
        }
    }

    /** A version as a file to download. */
    record ExportedFile(String fileName, byte[] content) {}

    /**
     * Imports {@code content} as a new version, {@code DRAFT} or {@code PUBLISHED}: a new framework
     * if its code is unknown, else a new version of that framework, whose label must be new.
     */
    ImportOutcome importFile(byte[] content, VersionStatus status) {
        FrameworkFileReader.Result read = reader.read(content);
        List<FrameworkFileProblem> problems = new ArrayList<>(read.problems());
        labelTaken(read.code(), read.version()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return ImportOutcome.rejected(problems.stream()
                    .sorted(FrameworkFileLocations.IN_FILE_ORDER)
                    .toList());
        }
        return save(read.file(), status);
    }

    /**
     * The file's one transaction. The label was free a moment ago; if another import took it
     * meanwhile, the database refuses the version and nothing of the file stays.
     */
    ImportOutcome save(FrameworkFile file, VersionStatus status) {
        boolean newFramework = frameworks.findByCode(file.code()).isEmpty();
        try {
            FrameworkVersion version = importer.importVersion(file, status);
            return new ImportOutcome(version.getId(), newFramework, List.of());
        } catch (DataIntegrityViolationException refused) {
            Optional<FrameworkFileProblem> taken = labelTaken(file.code(), file.version());
            if (taken.isPresent()) {
                return ImportOutcome.rejected(List.of(taken.get()));
            }
            throw refused;
        }
    }

    @Transactional(readOnly = true)
    Optional<ExportedFile> export(long versionId) {
        return versions.findWithFramework(versionId)
                .map(version -> new ExportedFile(fileName(version), writer.write(version)));
    }

    private Optional<FrameworkFileProblem> labelTaken(String code, String label) {
        if (code == null
                || label == null
                || label.isBlank()
                || !FrameworkFileValidator.FRAMEWORK_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (!versions.existsByFrameworkCodeAndLabel(code, label.strip())) {
            return Optional.empty();
        }
        return Optional.of(FrameworkFileProblem.of("version", "framework.file.problem.labelTaken", label, code));
    }

    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    /** {@code <code>-<label>.yaml}, with anything a file system might dislike made a hyphen. */
    static String fileName(FrameworkVersion version) {
        String name = version.getFramework().getCode() + "-" + version.getLabel();
        String safe = UNSAFE_IN_FILE_NAME.matcher(name).replaceAll("-").replaceAll("^[-.]+|[-.]+$", "");
        return (safe.isEmpty() ? "framework" : safe) + ".yaml";
    }
}

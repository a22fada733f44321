package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.time.Instant;
import java.util.List;

/** A framework of the admins' library page, with every version, newest first. */
record LibraryEntry(long id, String code, LocalizedText name, List<Version> versions) {

    /**
     * @param basedOnLabel the label of the version it was copied from, if it was
     * @param isDefault the version new assessments of this framework start on (most recently published)
     * @param assessmentCount how many self-assessments are pinned to it
     */
    record Version(
            long id,
            String label,
            VersionStatus status,
            Instant createdAt,
            Instant publishedAt,
            Instant retiredAt,
            String basedOnLabel,
            int pillarCount,
            int criterionCount,
            long assessmentCount,
            boolean isDefault) {}
}

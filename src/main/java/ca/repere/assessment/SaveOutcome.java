package ca.repere.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * The result of saving a page of answers: saved, or refused because someone else saved other
 * content for some criteria since the page was shown. Then nothing was written, and the page
 * shows their answer beside the user's unsaved one.
 */
public sealed interface SaveOutcome {

    record Saved() implements SaveOutcome {}

    record Conflicts(Map<Long, Conflict> byCriterion) implements SaveOutcome {}

    /** The answer someone else saved, and its version, which the next save must carry. */
    record Conflict(
            long criterionId,
            long currentVersion,
            Integer rating,
            String evidence,
            String notes,
            boolean applicable,
            String notApplicableReason,
            Priority priority,
            String editorName,
            Instant editedAt) {}
}

package ca.repere.shared.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change, with the fields that differ between before and after. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        Long actorId,
        String actorName,
        String action,
        String subjectType,
        long subjectId,
        String subjectLabel,
        List<Change> changes) {

    public record Change(String field, String before, String after) {}
}

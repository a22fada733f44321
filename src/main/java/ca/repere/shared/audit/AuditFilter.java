package ca.repere.shared.audit;

import java.time.LocalDate;

/** What the admin looks for in the trail; null fields do not filter. */
public record AuditFilter(
        AuditCategory category, String actor, String subject, LocalDate from, LocalDate to, Long olderThan) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}

package ca.repere.actionplan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each organisation last submitted a self-assessment. A read of the assessment module's
 * table, in SQL, rather than through its services: those answer one organisation at a time for a
 * person allowed to see it, while the reminder job asks about all of them, for nobody. Read only.
 */
@Component
class ReassessmentDates {

    private final JdbcClient jdbc;

    ReassessmentDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisation id → time its latest submitted assessment was submitted; absent if none is. */
    Map<Long, Instant> lastSubmissions() {
        Map<Long, Instant> last = new HashMap<>();
        jdbc.sql("""
                        select organisation_id, max(submitted_at) as last_submitted
                        from assessment
                        where status = 'SUBMITTED' and submitted_at is not null
                        group by organisation_id
                        """)
                .query((row, number) -> last.put(
                        row.getLong("organisation_id"),
                        row.getObject("last_submitted", OffsetDateTime.class).toInstant()))
                .list();
        return last;
    }

    /** When the organisation last submitted a self-assessment, if it ever did. */
    Optional<Instant> lastSubmission(long organisationId) {
        return jdbc.sql("""
                        select max(submitted_at) as last_submitted from assessment
                        where organisation_id = ? and status = 'SUBMITTED' and submitted_at is not null
                        """)
                .param(organisationId)
                .query((row, number) -> {
                    OffsetDateTime last = row.getObject("last_submitted", OffsetDateTime.class);
                    return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
                })
                .single();
    }
}

package ca.repere.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of changes that matter for trust: frameworks, roles, memberships, submitted and
 * reopened assessments. A change is recorded in the transaction that makes it, so the trail never
 * tells of a change that was rolled back, nor misses one that was kept. Rows are append-only (the
 * database refuses updates and deletes).
 */
@Service
public class AuditTrail {

    /** The actor name recorded for changes the application makes by itself. */
    public static final String SYSTEM = "system";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change made by the person logged in (or the application, if nobody is).
     *
     * @param action a dotted code, shown through the message {@code audit.action.<action>}
     * @param before what the subject was, field by field (null when it was just created)
     * @param after what it became (null when it was removed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action,
            String subjectType,
            long subjectId,
            String subjectLabel,
            Map<String, ?> before,
            Map<String, ?> after) {
        Actor actor = currentActor();
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, actor_name, action, subject_type, subject_id,
                                                 subject_label, before_state, after_state)
                        values (:at, :actorId, :actorName, :action, :subjectType, :subjectId,
                                :subjectLabel, cast(:before as jsonb), cast(:after as jsonb))
                        """)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actorId", actor == null ? null : actor.id())
                .param("actorName", actor == null ? SYSTEM : truncate(actor.displayName(), 200))
                .param("action", action)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("subjectLabel", truncate(subjectLabel, 300))
                .param("before", before == null ? null : JSON.writeValueAsString(before))
                .param("after", after == null ? null : JSON.writeValueAsString(after))
                .update();
    }

    /**
     * A recorded state from alternating field names and values, in that order (which the trail
     * shows), values may be null: {@code AuditTrail.state("name", name, "weight", weight)}.
     */
    public static Map<String, Object> state(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields and values come in pairs");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            state.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return state;
    }

    /** The newest events matching the filter, at most {@code limit}, older than {@code filter.olderThan}. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, int limit, ZoneId zone) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, subject_label,
                       before_state::text as before_state, after_state::text as after_state
                from audit_event where true
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.category() != null) {
            sql.append(" and action like :category");
            params.put("category", filter.category().prefix() + "%");
        }
        if (filter.actor() != null) {
            sql.append(" and actor_name ilike :actor");
            params.put("actor", "%" + escapeLike(filter.actor()) + "%");
        }
        if (filter.subject() != null) {
            sql.append(" and subject_label ilike :subject");
            params.put("subject", "%" + escapeLike(filter.subject()) + "%");
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(startOf(filter.from(), zone)));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(startOf(filter.to().plusDays(1), zone)));
        }
        if (filter.olderThan() != null) {
            sql.append(" and id < :olderThan");
            params.put("olderThan", filter.olderThan());
        }
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditTrail::event).list();
    }

    /** The events of one subject, oldest first: its history. */
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String subjectType, long subjectId) {
        return jdbc.sql("""
                        select id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, subject_label,
                               before_state::text as before_state, after_state::text as after_state
                        from audit_event where subject_type = :type and subject_id = :id order by id
                        """)
                .param("type", subjectType)
                .param("id", subjectId)
                .query(AuditTrail::event)
                .list();
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        long actorIdValue = row.getLong("actor_id");
        Long actorId = row.wasNull() ? null : actorIdValue;
        return new AuditEvent(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                actorId,
                row.getString("actor_name"),
                row.getString("action"),
                row.getString("subject_type"),
                row.getLong("subject_id"),
                row.getString("subject_label"),
                changes(state(row.getString("before_state")), state(row.getString("after_state"))));
    }

    private static Map<String, Object> state(String json) {
        return json == null ? null : JSON.readValue(json, STATE);
    }

    /** Field by field, what differs between before and after, in the order the fields were recorded. */
    static List<AuditEvent.Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> is = after == null ? Map.of() : after;
        LinkedHashMap<String, Boolean> fields = new LinkedHashMap<>();
        was.keySet().forEach(field -> fields.put(field, true));
        is.keySet().forEach(field -> fields.put(field, true));
        List<AuditEvent.Change> changes = new ArrayList<>();
        for (String field : fields.keySet()) {
            String old = text(was.get(field));
            String now = text(is.get(field));
            if (!java.util.Objects.equals(old, now)) {
                changes.add(new AuditEvent.Change(field, old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String string ? string : JSON.writeValueAsString(value);
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

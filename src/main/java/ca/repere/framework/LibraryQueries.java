package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admins' library page in one query: frameworks, versions, their size and how many
 * self-assessments use each version.
 *
 * <p>That last count reads the {@code assessment} table, which belongs to the assessment module,
 * in SQL. The assessment module depends on this one (an assessment is pinned to a framework
 * version), so asking it through its services would make a cycle, which the module rules forbid;
 * one foreign-key column, only counted, only here, is the smaller coupling. Read only.
 */
@Component
class LibraryQueries {

    private final JdbcClient jdbc;

    LibraryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LibraryEntry> library() {
        Map<Long, LibraryEntry> frameworks = new LinkedHashMap<>();
        jdbc.sql("""
                        select f.id as framework_id, f.code, f.name_fr, f.name_en,
                               v.id as version_id, v.label, v.status, v.created_at, v.published_at, v.retired_at,
                               b.label as based_on_label,
                               (select count(*) from pillar p where p.framework_version_id = v.id) as pillars,
                               (select count(*) from criterion c join pillar p on p.id = c.pillar_id
                                 where p.framework_version_id = v.id) as criteria,
                               (select count(*) from assessment a where a.framework_version_id = v.id) as assessments
                        from framework f
                        left join framework_version v on v.framework_id = f.id
                        left join framework_version b on b.id = v.based_on_id
                        order by f.code, v.published_at desc nulls first, v.created_at desc, v.id desc
                        """).query((RowCallbackHandler) row -> {
            long frameworkId = row.getLong("framework_id");
            LibraryEntry framework = frameworks.computeIfAbsent(
                    frameworkId, id -> new LibraryEntry(id, string(row, "code"), name(row), new ArrayList<>()));
            long versionId = row.getLong("version_id");
            if (row.wasNull()) {
                return;
            }
            VersionStatus status = VersionStatus.valueOf(row.getString("status"));
            boolean isDefault = status == VersionStatus.PUBLISHED
                    && framework.versions().stream().noneMatch(version -> version.status() == VersionStatus.PUBLISHED);
            framework
                    .versions()
                    .add(new LibraryEntry.Version(
                            versionId,
                            row.getString("label"),
                            status,
                            instant(row, "created_at"),
                            instant(row, "published_at"),
                            instant(row, "retired_at"),
                            row.getString("based_on_label"),
                            row.getInt("pillars"),
                            row.getInt("criteria"),
                            row.getLong("assessments"),
                            isDefault));
        });
        return List.copyOf(frameworks.values());
    }

    private static String string(ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalizedText name(ResultSet row) {
        return LocalizedText.of(string(row, "name_fr"), string(row, "name_en"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

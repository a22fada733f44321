package ca.repere.shared.database;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one statement per {@value #CHUNK}: each column travels as one text
 * array, unnested and cast by PostgreSQL. A JDBC batch still runs one insert per row on the
 * server; this runs one per chunk, which is what makes scoring ten thousand assessments or
 * generating a large network take seconds rather than minutes.
 */
public final class BulkInsert {

    static final int CHUNK = 10_000;

    private BulkInsert() {}

    /**
     * Inserts {@code rows} into {@code table}. {@code columns} names each column with its SQL type,
     * in the order of the rows' values: {@code "id bigint, name varchar, created_at timestamptz"}.
     * With {@code overridingIds}, an identity column is given its values (taken from its sequence
     * beforehand, so that later inserts never collide).
     */
    public static void rows(
            JdbcTemplate jdbc, String table, String columns, boolean overridingIds, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String[][] parsed = Arrays.stream(columns.split(","))
                .map(String::strip)
                .map(column -> column.split("\\s+", 2))
                .toArray(String[][]::new);
        StringBuilder names = new StringBuilder();
        StringBuilder casts = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (int c = 0; c < parsed.length; c++) {
            String separator = c == 0 ? "" : ", ";
            names.append(separator).append(parsed[c][0]);
            casts.append(separator)
                    .append("cast(u.")
                    .append(parsed[c][0])
                    .append(" as ")
                    .append(parsed[c][1])
                    .append(')');
            arrays.append(separator).append("cast(? as text[])");
        }
        String sql = "insert into " + table + " (" + names + ")" + (overridingIds ? " overriding system value" : "")
                + " select " + casts + " from unnest(" + arrays + ") as u(" + names + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql);
                for (int c = 0; c < parsed.length; c++) {
                    String[] values = new String[chunk.size()];
                    for (int r = 0; r < chunk.size(); r++) {
                        values[r] = text(chunk.get(r)[c]);
                    }
                    statement.setArray(c + 1, connection.createArrayOf("text", values));
                }
                return statement;
            });
        }
    }

    /** Instants as ISO-8601 in UTC, whatever the JVM's or the session's time zone. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}

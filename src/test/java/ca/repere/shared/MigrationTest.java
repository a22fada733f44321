package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The schema is built by Flyway alone, from nothing, on real PostgreSQL. */
class MigrationTest {

    @Test
    void allMigrationsApplyToAnEmptyDatabase() throws Exception {
        TestDatabase.Connection server = TestDatabase.get();
        String database = "migration_check_" + System.nanoTime();
        try (Connection admin = connect(server.url(), server)) {
            admin.createStatement().execute("create database " + database);
        }
        String url = server.url().replaceFirst("(//[^/]+/)[^?]+", "$1" + database);

        MigrateResult result = Flyway.configure()
                .dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
        try (Connection connection = connect(url, server)) {
            assertThat(tables(connection))
                    .contains(
                            "framework",
                            "framework_version",
                            "pillar",
                            "criterion",
                            "rating_level",
                            "organisation",
                            "network",
                            "network_member",
                            "app_user",
                            "membership",
                            "login_failure");
        }
    }

    private static int migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static Connection connect(String url, TestDatabase.Connection server) throws SQLException {
        return DriverManager.getConnection(url, server.username(), server.password());
    }
}

package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.shared.database.EmbeddedPostgresServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database keeps its data across restarts and survives a hard kill of the application:
 * the next start stops the orphaned server and finds every committed row.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesANormalRestart() throws Exception {
        try (EmbeddedPostgres postgres = new EmbeddedPostgresServer(dataDirectory).start("repere")) {
            execute(postgres, "create table note (text varchar(50))", "insert into note values ('kept')");
        }
        try (EmbeddedPostgres postgres = new EmbeddedPostgresServer(dataDirectory).start("repere")) {
            assertThat(notes(postgres)).containsExactly("kept");
            assertThat(setting(postgres, "fsync")).isEqualTo("on");
            assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void nextStartRecoversAfterTheApplicationWasKilledHard() throws Exception {
        Process application = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(EmbeddedPostgresChild.READY)) {
                // start-up chatter of the child application
            }
            assertThat(line).as("child application reported its row committed").isEqualTo(EmbeddedPostgresChild.READY);
        }
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());

        application.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to stop PostgreSQL
        assertThat(application.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives the killed application")
                .contains(true);

        try (EmbeddedPostgres postgres =
                new EmbeddedPostgresServer(dataDirectory.resolve("postgres")).start("repere")) {
            assertThat(notes(postgres)).containsExactly("committed before the kill");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
    }

    @Test
    void refusesADataDirectoryThatAnotherRunningApplicationOwns() throws Exception {
        try (EmbeddedPostgres first = new EmbeddedPostgresServer(dataDirectory).start("repere")) {
            assertThatThrownBy(() -> new EmbeddedPostgresServer(dataDirectory).start("repere"))
                    .hasMessageContaining("in use by another running Repère");
            assertThat(notes(first, "select 1::text")).containsExactly("1");
        }
    }

    /** Stands for the application: starts the server, commits a row, says so, and waits to be killed. */
    public static class EmbeddedPostgresChild {

        static final String READY = "ROW-COMMITTED";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = new EmbeddedPostgresServer(Path.of(args[0], "postgres")).start("repere");
            execute(
                    postgres,
                    "create table note (text varchar(50))",
                    "insert into note values ('committed before the kill')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    static void execute(EmbeddedPostgres postgres, String... statements) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", "repere").getConnection()) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        }
    }

    private static List<String> notes(EmbeddedPostgres postgres) throws Exception {
        return notes(postgres, "select text from note");
    }

    private static String setting(EmbeddedPostgres postgres, String name) throws Exception {
        return notes(postgres, "show " + name).get(0);
    }

    private static List<String> notes(EmbeddedPostgres postgres, String query) throws Exception {
        try (Connection connection = postgres.getDatabase("postgres", "repere").getConnection();
                ResultSet rows = connection.createStatement().executeQuery(query)) {
            var values = new java.util.ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

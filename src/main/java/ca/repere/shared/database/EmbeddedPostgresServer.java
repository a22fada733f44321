package ca.repere.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a durable embedded PostgreSQL on a data directory that outlives the application, and
 * recovers from a hard kill of a previous run.
 *
 * <p>The server is started by {@code pg_ctl}, so it is not a child that dies with the JVM: after a
 * {@code kill -9} of the application it keeps running and holds the data directory. Before starting,
 * we take zonky's lock file ourselves; if we get it, no live application owns the directory, so a
 * server still recorded in {@code postmaster.pid} is an orphan and is shut down (PostgreSQL's crash
 * recovery then brings the data back). If we do not get it, another running application owns the
 * directory and we refuse to touch it.
 */
public class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;

    public EmbeddedPostgresServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** Starts the server and makes sure {@code database} exists. */
    public EmbeddedPostgres start(String database) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                // Spring closes the server after the connection pool; zonky's own hook would race it.
                .setRegisterShutdownHook(false)
                // zonky tunes for throw-away test databases; these are the application's real data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofMinutes(2))
                .start();
        createDatabaseIfAbsent(postgres, database);
        log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    private void stopOrphanedServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (RandomAccessFile lockFile = new RandomAccessFile(
                        dataDirectory.resolve(ZONKY_LOCK_FILE).toFile(), "rw");
                FileLock lock = lockFile.getChannel().tryLock()) {
            if (lock == null) {
                throw inUse();
            }
            recordedServerProcess(pidFile).ifPresent(this::shutDown);
        } catch (OverlappingFileLockException ownedInThisJvm) {
            throw inUse();
        }
    }

    private IllegalStateException inUse() {
        return new IllegalStateException("The data directory " + dataDirectory
                + " is in use by another running Repère. Stop it, or set repere.data-dir to another directory.");
    }

    private Optional<ProcessHandle> recordedServerProcess(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException notAPid) {
            return Optional.empty();
        }
        // A stale file may name a PID that now belongs to an unrelated process: only stop postgres.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(false));
    }

    private void shutDown(ProcessHandle orphan) {
        log.warn(
                "Found PostgreSQL (pid {}) left running by a previous run that did not stop cleanly; stopping it",
                orphan.pid());
        orphan.destroy();
        try {
            orphan.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            log.warn("PostgreSQL (pid {}) did not stop in time; killing it", orphan.pid());
            orphan.destroyForcibly();
            orphan.onExit().join();
        }
    }

    private static void createDatabaseIfAbsent(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Could not create database " + database, e));
        }
    }
}

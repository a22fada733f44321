package ca.repere.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Scope;
import ca.repere.support.DeployedApplication;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing typed is lost under load: {@value #DEFAULT_USERS} people save their answers without a
 * pause for a minute against the application running as a process of its own on loopback (on the
 * tests' PostgreSQL), each on their own self-assessment, each save with texts no other save has.
 * The tool keeps every save the application acknowledged (a redirect back to the pillar), then
 * reads the database: each answer must hold the last acknowledged text of its person, or the text
 * of a later save that was sent and never answered; each answer's version must have moved on at
 * least once per acknowledged save; no response may be a 5xx.
 *
 * <p>The second run stops the application with SIGTERM in the middle (graceful shutdown: requests
 * under way finish, new ones are refused) and starts it again; meanwhile the clients retry with
 * the same session cookie, as a browser would, and go on for the rest of the minute once it is
 * back. Afterwards the same checks, and nobody had to log in again: sessions are in the database.
 *
 * <p>Not part of a normal build: {@code ./mvnw -B test -Pload} (options: {@code -Dload.users=50
 * -Dload.seconds=60 -Dload.restartAfterSeconds=20 -Dload.port=8091}). Prints throughput and
 * latency of the acknowledged saves (from the first try to the acknowledgement, retries included).
 */
@Tag("load")
class AnswerSavesLoadTest extends IntegrationTest {

    private static final int DEFAULT_USERS = 50;
    private static final int USERS = Integer.getInteger("load.users", DEFAULT_USERS);
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private static final Duration RESTART_AFTER = Duration.ofSeconds(Long.getLong("load.restartAfterSeconds", 20));
    private static final int PORT = Integer.getInteger("load.port", 8091);
    /** How long a client keeps retrying one save while the application is away. */
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ANSWER_FIELD =
            Pattern.compile("name=\"answers\\[(\\d+)\\]\\.(criterionId|version)\"[^>]*value=\"(\\d+)\"");
    private static final Pattern SAVED_TEXT = Pattern.compile("u(\\d+)-s(\\d+) c(\\d+)");
    private static final String CONFLICT_MARK = "class=\"conflict border";

    @Autowired
    AssessmentService assessments;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl = "http://localhost:" + PORT;
    private final AtomicInteger logins = new AtomicInteger();

    @Test
    void fiftyPeopleSavingForAMinuteLoseNoAcknowledgedAnswer() throws Exception {
        Report report = run("steady", null);

        report.assertNothingLost();
    }

    @Test
    void aRestartDuringTheLoadLosesNoAcknowledgedAnswerAndNoSession() throws Exception {
        Report report = run("restart", RESTART_AFTER);

        report.assertNothingLost();
        assertThat(logins.get())
                .as("logins: one per person, none after the restart")
                .isEqualTo(USERS);
        assertThat(report.sessionsLost).as("saves sent back to the login page").isZero();
        assertThat(report.restart).as("the application was restarted").isNotNull();
    }

    // --- one run ---------------------------------------------------------------------------------

    private Report run(String name, Duration restartAfter) throws Exception {
        List<Person> people = preparePeople();
        Path logs = Files.createDirectories(Path.of("target", "load"));
        AppProcess app = AppProcess.start(baseUrl, logs.resolve(name + "-1.log"));
        try {
            for (Person person : people) {
                person.session = login(person.email);
                person.form = Form.parse(get(person.url, person.session).body());
                person.initialVersions = person.form.versions;
            }
            ExecutorService pool = Executors.newFixedThreadPool(USERS);
            long start = System.nanoTime();
            // A restart adds its downtime: the people go on saving for the rest of the minute after it.
            AtomicLong deadline = new AtomicLong(start + LOAD.toNanos());
            List<Future<?>> clients = new ArrayList<>();
            for (Person person : people) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline.get()) {
                        person.saveOnce();
                    }
                    return null;
                }));
            }
            Restart restart = null;
            if (restartAfter != null) {
                TimeUnit.NANOSECONDS.sleep(start + restartAfter.toNanos() - System.nanoTime());
                deadline.set(Long.MAX_VALUE);
                restart = app.restart(logs.resolve(name + "-2.log"));
                app = restart.next;
                deadline.set(System.nanoTime() + LOAD.minus(restartAfter).toNanos());
            }
            for (Future<?> client : clients) {
                client.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Report report = verify(name, people, seconds, restart);
            System.out.println(report);
            return report;
        } finally {
            app.stop();
        }
    }

    private List<Person> preparePeople() {
        long version = testFrameworks.ccrCleo().id();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            long organisation = data.organisation();
            TestData.User lead = data.user(Grant.leadOf(organisation));
            long assessment = assessments.start(
                    data.current(lead),
                    organisation,
                    new AssessmentService.StartCommand(version, "Load test", Scope.FULL, Set.of(), null, false));
            TestData.User staff = data.user(Grant.staffOf(organisation));
            people.add(new Person(
                    i,
                    staff.email(),
                    assessment,
                    baseUrl + "/organisations/" + organisation + "/assessments/" + assessment + "/pillars/1"));
        }
        return people;
    }

    // --- one person ------------------------------------------------------------------------------

    /** One person saving pillar 1 of their own self-assessment again and again. */
    private final class Person {

        final int number;
        final String email;
        final long assessment;
        final String url;
        String session;
        Form form;
        List<Long> initialVersions;
        int sequence;
        /** The last save the application acknowledged, and every save sent after it without answer. */
        int lastAcknowledged = -1;

        final Set<Integer> unanswered = new ConcurrentSkipListSet<>();
        final Counts counts = new Counts();

        Person(int number, String email, long assessment, String url) {
            this.number = number;
            this.email = email;
            this.assessment = assessment;
            this.url = url;
        }

        void saveOnce() throws InterruptedException {
            int save = ++sequence;
            String body = form.body(number, save);
            long first = System.nanoTime();
            HttpResponse<String> response = null;
            while (response == null) {
                try {
                    response = http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Cookie", HttpSessions.COOKIE + "=" + session)
                                    .POST(BodyPublishers.ofString(body))
                                    .build(),
                            BodyHandlers.ofString());
                } catch (IOException unreachable) {
                    // Sent or not, answered or not: retried as is. If it had been written, the retry
                    // finds the versions moved on and gets the conflict page, not an acknowledgement.
                    unanswered.add(save);
                    counts.retries++;
                    if (System.nanoTime() - first > GIVE_UP.toNanos()) {
                        counts.abandoned++;
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                    continue;
                }
                if (response.statusCode() >= 500) {
                    counts.serverErrors++;
                    unanswered.add(save);
                    response = null;
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
            long elapsed = System.nanoTime() - first;
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() == 302 && location.endsWith(url.substring(baseUrl.length()))) {
                counts.acknowledge(elapsed);
                unanswered.clear();
                lastAcknowledged = save;
                form = form.nextVersions();
                return;
            }
            unanswered.add(save);
            if (response.statusCode() == 302 && location.contains("/login")) {
                counts.sessionsLost++;
                session = login(email);
            } else if (response.statusCode() == 200 && response.body().contains(CONFLICT_MARK)) {
                counts.conflicts++;
            } else {
                counts.unexpected.merge(response.statusCode() + " " + location, 1, Integer::sum);
            }
            form = rereadUntilAnswered();
        }

        private Form rereadUntilAnswered() throws InterruptedException {
            while (true) {
                try {
                    HttpResponse<String> page = get(url, session);
                    if (page.statusCode() == 200) {
                        return Form.parse(page.body());
                    }
                } catch (IOException unreachable) {
                    // the application is away: try again
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    /** What a person saw, by kind of outcome. Only its own thread writes it. */
    private static final class Counts {
        long[] latencies = new long[256];
        int acknowledged;
        int conflicts;
        int serverErrors;
        int retries;
        int abandoned;
        int sessionsLost;
        final Map<String, Integer> unexpected = new TreeMap<>();

        void acknowledge(long nanos) {
            if (acknowledged == latencies.length) {
                latencies = Arrays.copyOf(latencies, acknowledged * 2);
            }
            latencies[acknowledged++] = nanos;
        }
    }

    /** The fields a save sends back: the CSRF token, each criterion and its version. */
    private record Form(String csrf, List<Long> criterionIds, List<Long> versions) {

        static Form parse(String html) {
            Matcher token = CSRF.matcher(html);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the pillar page");
            }
            Map<Integer, Long> ids = new TreeMap<>();
            Map<Integer, Long> versions = new TreeMap<>();
            Matcher field = ANSWER_FIELD.matcher(html);
            while (field.find()) {
                (field.group(2).equals("criterionId") ? ids : versions)
                        .put(Integer.parseInt(field.group(1)), Long.parseLong(field.group(3)));
            }
            if (ids.isEmpty() || !ids.keySet().equals(versions.keySet())) {
                throw new IllegalStateException("No criterion ids and versions on the pillar page");
            }
            return new Form(token.group(1), List.copyOf(ids.values()), List.copyOf(versions.values()));
        }

        /** Every answer of the page, with a text that names the person, the save and the criterion. */
        String body(int person, int save) {
            StringBuilder body = new StringBuilder("then=stay&_csrf=").append(encode(csrf));
            for (int i = 0; i < criterionIds.size(); i++) {
                String field = "answers[" + i + "].";
                body.append('&')
                        .append(encode(field + "criterionId"))
                        .append('=')
                        .append(criterionIds.get(i));
                body.append('&').append(encode(field + "version")).append('=').append(versions.get(i));
                body.append('&').append(encode(field + "rating")).append('=').append((save + i) % 5);
                body.append('&')
                        .append(encode(field + "evidence"))
                        .append('=')
                        .append(encode("u" + person + "-s" + save + " c" + i));
            }
            return body.toString();
        }

        /** Every text changed, so every version moved on by one: no need to read the page again. */
        Form nextVersions() {
            return new Form(
                    csrf,
                    criterionIds,
                    versions.stream().map(version -> version + 1).toList());
        }
    }

    // --- the application as a process of its own ----------------------------------------------------

    private record Restart(long stopRequestedAt, long stoppedAt, long answeringAgainAt, AppProcess next) {}

    private static final class AppProcess {

        private final Process process;

        private AppProcess(Process process) {
            this.process = process;
        }

        static AppProcess start(String baseUrl, Path log) throws Exception {
            TestDatabase.Connection database = TestDatabase.get();
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            DeployedApplication.class.getName(),
                            "--server.port=" + URI.create(baseUrl).getPort(),
                            "--spring.datasource.url=" + database.url(),
                            "--spring.datasource.username=" + database.username(),
                            "--spring.datasource.password=" + database.password())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            AppProcess app = new AppProcess(process);
            app.awaitReady(baseUrl);
            return app;
        }

        private void awaitReady(String baseUrl) throws Exception {
            HttpClient probe = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application stopped at start: see target/load/*.log");
                }
                try {
                    HttpResponse<Void> health = probe.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                                    .build(),
                            BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            throw new IllegalStateException("The application did not answer within 5 minutes");
        }

        /** SIGTERM, wait for the process to end (graceful shutdown), start a new one. */
        Restart restart(Path log) throws Exception {
            long stopRequested = System.nanoTime();
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The application did not stop within 2 minutes of SIGTERM");
            }
            long stopped = System.nanoTime();
            String baseUrl = "http://localhost:" + PORT;
            AppProcess next = start(baseUrl, log);
            return new Restart(stopRequested, stopped, System.nanoTime(), next);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    // --- what the database says -------------------------------------------------------------------

    private Report verify(String name, List<Person> people, double seconds, Restart restart) {
        Report report = new Report(name, seconds, restart);
        for (Person person : people) {
            Counts counts = person.counts;
            report.acknowledged += counts.acknowledged;
            report.conflicts += counts.conflicts;
            report.serverErrors += counts.serverErrors;
            report.retries += counts.retries;
            report.abandoned += counts.abandoned;
            report.sessionsLost += counts.sessionsLost;
            counts.unexpected.forEach((outcome, count) -> report.unexpected.merge(outcome, count, Integer::sum));
            report.latencies.add(Arrays.copyOf(counts.latencies, counts.acknowledged));

            List<Map<String, Object>> answers = jdbc.sql("select criterion_id, evidence, version from answer"
                            + " where assessment_id = ? and criterion_id = any(?)")
                    .params(person.assessment, person.form.criterionIds().toArray(Long[]::new))
                    .query()
                    .listOfRows();
            report.answers += answers.size();
            for (Map<String, Object> answer : answers) {
                int index = person.form.criterionIds().indexOf(((Number) answer.get("criterion_id")).longValue());
                long committed = ((Number) answer.get("version")).longValue() - person.initialVersions.get(index);
                report.committedVersions += committed;
                if (committed < counts.acknowledged) {
                    report.problems.add("u%d c%d: version moved %d times for %d acknowledged saves"
                            .formatted(person.number, index, committed, counts.acknowledged));
                }
                String evidence = (String) answer.get("evidence");
                if (person.lastAcknowledged < 0) {
                    continue;
                }
                Matcher text = evidence == null ? null : SAVED_TEXT.matcher(evidence);
                if (text == null || !text.matches()) {
                    report.problems.add("u%d c%d: no saved text (%s)".formatted(person.number, index, evidence));
                    continue;
                }
                int save = Integer.parseInt(text.group(2));
                boolean ownText =
                        Integer.parseInt(text.group(1)) == person.number && Integer.parseInt(text.group(3)) == index;
                if (!ownText || (save != person.lastAcknowledged && !person.unanswered.contains(save))) {
                    report.problems.add("u%d c%d: holds %s, last acknowledged save was s%d"
                            .formatted(person.number, index, evidence, person.lastAcknowledged));
                } else {
                    report.matching++;
                }
            }
        }
        return report;
    }

    private static final class Report {
        final String name;
        final double seconds;
        final Restart restart;
        final List<long[]> latencies = new ArrayList<>();
        final Map<String, Integer> unexpected = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        int acknowledged;
        int conflicts;
        int serverErrors;
        int retries;
        int abandoned;
        int sessionsLost;
        int answers;
        int matching;
        long committedVersions;

        Report(String name, double seconds, Restart restart) {
            this.name = name;
            this.seconds = seconds;
            this.restart = restart;
        }

        void assertNothingLost() {
            assertThat(acknowledged).as("acknowledged saves").isPositive();
            assertThat(problems).as("answers that lost an acknowledged save").isEmpty();
            assertThat(matching)
                    .as("answers holding their last acknowledged save")
                    .isEqualTo(answers);
            assertThat(serverErrors).as("5xx responses").isZero();
            assertThat(abandoned).as("saves given up").isZero();
            assertThat(unexpected).as("unexpected responses").isEmpty();
        }

        @Override
        public String toString() {
            long[] all =
                    latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            StringBuilder out = new StringBuilder("\n");
            out.append(String.format(
                    Locale.ROOT,
                    "=== Repère answer saves under load (%s): %d people, %.1f s, %d CPUs ===%n",
                    name,
                    USERS,
                    seconds,
                    Runtime.getRuntime().availableProcessors()));
            out.append(String.format(
                    Locale.ROOT,
                    "acknowledged saves %d (%.1f/s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    acknowledged,
                    acknowledged / seconds,
                    percentile(all, 0.50),
                    percentile(all, 0.95),
                    percentile(all, 0.99),
                    all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6));
            out.append(String.format(
                    Locale.ROOT,
                    "5xx %d; retries after no answer %d; conflicts after a retry %d; sessions lost %d;"
                            + " given up %d; unexpected %s%n",
                    serverErrors,
                    retries,
                    conflicts,
                    sessionsLost,
                    abandoned,
                    unexpected));
            out.append(String.format(
                    Locale.ROOT,
                    "database: %d answers, %d hold their person's last acknowledged save (or a later unanswered one);"
                            + " versions moved %d times for %d acknowledged saves x criteria; problems %d%n",
                    answers,
                    matching,
                    committedVersions,
                    acknowledged * 7L,
                    problems.size()));
            if (restart != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "restart: SIGTERM to process gone %.1f s, to new process answering %.1f s%n",
                        (restart.stoppedAt() - restart.stopRequestedAt()) / 1e9,
                        (restart.answeringAgainAt() - restart.stopRequestedAt()) / 1e9));
            }
            problems.stream()
                    .limit(20)
                    .forEach(problem -> out.append("  ").append(problem).append('\n'));
            return out.toString();
        }

        private static double percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    // --- HTTP --------------------------------------------------------------------------------------

    private String login(String email) {
        while (true) {
            try {
                String session = HttpSessions.login(http, baseUrl, email);
                logins.incrementAndGet();
                return session;
            } catch (IOException unreachable) {
                try {
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private HttpResponse<String> get(String url, String session) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Cookie", HttpSessions.COOKIE + "=" + session)
                        .build(),
                BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}

package ca.repere.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Scope;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the pillar page holds up when a team works at once: 16 logged-in people, each with its own
 * client thread, against the real server and PostgreSQL. Three timed phases (login page as the
 * baseline, pillar page, pillar saves) print requests, throughput and latency percentiles.
 * Nothing is asserted about speed — the figures are read — but no request may fail with a 5xx,
 * and every response must be one the phase expects (else the benchmark measured something else).
 *
 * <p>Not part of a normal build: {@code ./mvnw -B test -Pbenchmark [-Dbenchmark.seconds=30]
 * [-Dbenchmark.warmupSeconds=60]}.
 */
@Tag("benchmark")
class PillarPageBenchmark extends IntegrationTest {

    private static final int USERS = 16;
    private static final String PILLAR = "1";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ANSWER_FIELD = Pattern.compile("name=\"answers\\[(\\d+)\\]\\.(criterionId|version)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"(\\d+)\"");
    /** Only a page that reports a conflict shows the other person's answer in this box. */
    private static final String CONFLICT_MARK = "class=\"conflict border";

    @Autowired
    AssessmentService assessments;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void loginPagePillarPageAndSavesWithSixteenConcurrentUsers() throws Exception {
        Duration phase = Duration.ofSeconds(Long.getLong("benchmark.seconds", 30));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmupSeconds", 60));

        // Sixteen organisations, each with its own assessment and a staff member working on it:
        // saves measure writing, not two people racing for the same answers (that case has its test).
        List<String> sessions = new ArrayList<>();
        List<String> pillarUrls = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            long organisation = data.organisation();
            TestData.User lead = data.user(Grant.leadOf(organisation));
            long assessment = assessments.start(
                    data.current(lead),
                    organisation,
                    new AssessmentService.StartCommand(
                            ccrCleoVersionId(), "Benchmark", Scope.FULL, Set.of(), null, false));
            pillarUrls.add(
                    baseUrl() + "/organisations/" + organisation + "/assessments/" + assessment + "/pillars/" + PILLAR);
            TestData.User staff = data.user(Grant.staffOf(organisation));
            sessions.add(HttpSessions.login(http, baseUrl(), staff.email()));
        }

        // Warm-up (JIT, connection pools, caches): every kind of request the phases make, nothing
        // recorded. The JIT compiles for minutes on two cores: a phase whose code it has not seen
        // yet would pay for the compilation the earlier phases did not.
        run("warm-up", warmUp, thread -> {
            Saver saver = new Saver(sessions.get(thread), pillarUrls.get(thread), thread, null);
            return recorder -> {
                get(baseUrl() + "/login", null);
                get(pillarUrls.get(thread), sessions.get(thread));
                saver.save(new Recorder());
            };
        });

        Phase login = run("(a) GET /login, anonymous", phase, thread -> recorder -> {
            long start = System.nanoTime();
            HttpResponse<String> response = get(baseUrl() + "/login", null);
            recorder.record(System.nanoTime() - start, response.statusCode(), "200", response.statusCode() == 200);
        });

        Phase pillar = run("(b) GET pillar " + PILLAR + ", logged in", phase, thread -> {
            String session = sessions.get(thread);
            return recorder -> {
                long start = System.nanoTime();
                HttpResponse<String> response = get(pillarUrls.get(thread), session);
                recorder.record(
                        System.nanoTime() - start,
                        response.statusCode(),
                        "200",
                        response.statusCode() == 200 && response.body().contains("answers[0].version"));
            };
        });

        Recorder rereads = new Recorder();
        Phase saves = run("(c) POST pillar " + PILLAR + " save", phase, thread -> {
            Saver saver = new Saver(sessions.get(thread), pillarUrls.get(thread), thread, rereads);
            return saver::save;
        });

        Phase reread = rereads.toPhase("    GET pillar " + PILLAR + " after a refused save", saves.seconds);
        List<Phase> phases =
                reread.requests() == 0 ? List.of(login, pillar, saves) : List.of(login, pillar, saves, reread);
        print(phase, warmUp, phases);

        for (Phase result : phases) {
            assertThat(result.serverErrors)
                    .as(result.name + ": responses with status >= 500")
                    .isZero();
            assertThat(result.unexpected)
                    .as(result.name + ": unexpected responses " + result.outcomes)
                    .isZero();
            assertThat(result.requests()).as(result.name + ": requests").isPositive();
        }
    }

    // --- the save loop -----------------------------------------------------------------------

    /** One person saving pillar 1 again and again, each time with their own text. */
    private final class Saver {

        private final String session;
        private final String url;
        private final int thread;
        private final Recorder rereads;
        private Form form;
        private int count;

        Saver(String session, String url, int thread, Recorder rereads) throws Exception {
            this.session = session;
            this.url = url;
            this.thread = thread;
            this.rereads = rereads;
            this.form = Form.parse(get(url, session).body());
        }

        void save(Recorder recorder) throws Exception {
            count++;
            StringBuilder body = new StringBuilder("then=stay&_csrf=").append(encode(form.csrf));
            for (int i = 0; i < form.criterionIds.size(); i++) {
                String field = "answers[" + i + "].";
                body.append('&')
                        .append(encode(field + "criterionId"))
                        .append('=')
                        .append(form.criterionIds.get(i));
                body.append('&').append(encode(field + "version")).append('=').append(form.versions.get(i));
                body.append('&').append(encode(field + "rating")).append('=').append((thread + count + i) % 5);
                body.append('&')
                        .append(encode(field + "evidence"))
                        .append('=')
                        .append(encode("Thread " + thread + ", save " + count + ", criterion " + (i + 1)));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", HttpSessions.COOKIE + "=" + session)
                    .POST(BodyPublishers.ofString(body.toString()))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            if (status == 302 && location.endsWith("/pillars/" + PILLAR)) {
                recorder.record(elapsed, status, "302 saved", true);
            } else if (status == 200 && response.body().contains(CONFLICT_MARK)) {
                recorder.record(elapsed, status, "200 conflict", true);
            } else {
                recorder.record(elapsed, status, status + (location.isEmpty() ? "" : " → " + location), false);
            }
            if (status == 302) {
                // Every answer's text changed, so each answer's version moved on by one: no need to
                // read the page again, as a person's browser would, to measure the save alone.
                form = form.nextVersions();
            } else {
                long readStart = System.nanoTime();
                HttpResponse<String> page = get(url, session);
                if (rereads != null) {
                    rereads.record(System.nanoTime() - readStart, page.statusCode(), "200", page.statusCode() == 200);
                }
                form = Form.parse(page.body());
            }
        }
    }

    /** What a save must send back from the page: the CSRF token, each criterion and its version. */
    private record Form(String csrf, List<Long> criterionIds, List<Long> versions) {

        static Form parse(String html) {
            Matcher token = CSRF.matcher(html);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the pillar page");
            }
            Map<Integer, Long> ids = new TreeMap<>();
            Map<Integer, Long> versions = new TreeMap<>();
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                Matcher field = ANSWER_FIELD.matcher(input.group());
                Matcher value = VALUE.matcher(input.group());
                if (field.find() && value.find()) {
                    int index = Integer.parseInt(field.group(1));
                    long number = Long.parseLong(value.group(1));
                    (field.group(2).equals("criterionId") ? ids : versions).put(index, number);
                }
            }
            if (ids.isEmpty() || !ids.keySet().equals(versions.keySet())) {
                throw new IllegalStateException("No criterion ids and versions on the pillar page");
            }
            return new Form(token.group(1), List.copyOf(ids.values()), List.copyOf(versions.values()));
        }

        Form nextVersions() {
            return new Form(
                    csrf,
                    criterionIds,
                    versions.stream().map(version -> version + 1).toList());
        }
    }

    // --- running a phase ---------------------------------------------------------------------

    @FunctionalInterface
    private interface Client {
        void next(Recorder recorder) throws Exception;
    }

    @FunctionalInterface
    private interface ClientFactory {
        Client create(int thread) throws Exception;
    }

    /** {@link #USERS} threads, each calling its client until the time is up. */
    private Phase run(String name, Duration duration, ClientFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            List<Client> clients = new ArrayList<>();
            for (int thread = 0; thread < USERS; thread++) {
                clients.add(factory.create(thread));
            }
            CountDownLatch ready = new CountDownLatch(1);
            long[] deadline = new long[1];
            List<Future<Recorder>> results = new ArrayList<>();
            for (Client client : clients) {
                results.add(pool.submit(() -> {
                    ready.await();
                    Recorder recorder = new Recorder();
                    while (System.nanoTime() < deadline[0]) {
                        try {
                            client.next(recorder);
                        } catch (IOException | RuntimeException failure) {
                            recorder.exception(failure);
                        }
                    }
                    return recorder;
                }));
            }
            long start = System.nanoTime();
            deadline[0] = start + duration.toNanos();
            ready.countDown();
            Recorder all = new Recorder();
            for (Future<Recorder> result : results) {
                all.add(result.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return all.toPhase(name, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one thread saw: every latency, and each kind of outcome counted. */
    private static final class Recorder {

        private long[] latencies = new long[1024];
        private int size;
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private int serverErrors;
        private int exceptions;
        private int unexpected;

        synchronized void record(long nanos, int status, String outcome, boolean expected) {
            if (size == latencies.length) {
                latencies = Arrays.copyOf(latencies, size * 2);
            }
            latencies[size++] = nanos;
            outcomes.merge(outcome, 1, Integer::sum);
            if (status >= 500) {
                serverErrors++;
            }
            if (!expected) {
                unexpected++;
            }
        }

        synchronized void exception(Exception failure) {
            exceptions++;
            outcomes.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
        }

        synchronized void add(Recorder other) {
            if (size + other.size > latencies.length) {
                latencies = Arrays.copyOf(latencies, size + other.size);
            }
            System.arraycopy(other.latencies, 0, latencies, size, other.size);
            size += other.size;
            other.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
            serverErrors += other.serverErrors;
            exceptions += other.exceptions;
            unexpected += other.unexpected;
        }

        synchronized Phase toPhase(String name, double seconds) {
            long[] sorted = Arrays.copyOf(latencies, size);
            Arrays.sort(sorted);
            return new Phase(name, seconds, sorted, new TreeMap<>(outcomes), serverErrors, exceptions, unexpected);
        }
    }

    private record Phase(
            String name,
            double seconds,
            long[] latencies,
            Map<String, Integer> outcomes,
            int serverErrors,
            int exceptions,
            int unexpected) {

        int requests() {
            return latencies.length;
        }

        double perSecond() {
            return requests() / seconds;
        }

        double percentile(double fraction) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(fraction * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))] / 1e6;
        }

        int errors() {
            return serverErrors + exceptions;
        }
    }

    private void print(Duration phase, Duration warmUp, List<Phase> phases) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format(
                Locale.ROOT,
                "=== Repère pillar page benchmark: %d concurrent users, %d s per phase (after %d s warm-up), %d CPUs ===%n",
                USERS,
                phase.toSeconds(),
                warmUp.toSeconds(),
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format(
                Locale.ROOT,
                "%-36s %9s %9s %9s %9s %9s %7s%n",
                "phase",
                "requests",
                "req/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "errors"));
        for (Phase result : phases) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-36s %9d %9.1f %9.1f %9.1f %9.1f %7d%n",
                    result.name(),
                    result.requests(),
                    result.perSecond(),
                    result.percentile(0.50),
                    result.percentile(0.95),
                    result.percentile(0.99),
                    result.errors()));
        }
        Phase login = phases.get(0);
        Phase pillar = phases.get(1);
        Phase saves = phases.get(2);
        out.append(String.format(Locale.ROOT, "save outcomes: %s%n", saves.outcomes()));
        out.append(String.format(
                Locale.ROOT,
                "throughput ratios: pillar page / login = %.2f, save / login = %.2f%n",
                pillar.perSecond() / login.perSecond(),
                saves.perSecond() / login.perSecond()));
        out.append(
                "(saves: each person saves their own assessment; after a 302 the next versions are known, so no page read)\n");
        System.out.println(out);
    }

    // --- HTTP --------------------------------------------------------------------------------

    private HttpResponse<String> get(String url, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", HttpSessions.COOKIE + "=" + session);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private long ccrCleoVersionId() {
        return testFrameworks.ccrCleo().id();
    }
}

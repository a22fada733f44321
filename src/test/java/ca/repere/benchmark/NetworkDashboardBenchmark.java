package ca.repere.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.demo.NetworkGenerator;
import ca.repere.shared.DemoMode;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.StatementCounter;
import ca.repere.support.TestData;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinators' dashboard at the size the issue sets: a network of 1,000 organisations with
 * ten submitted self-assessments each, made by the data generator on the test database. Prints
 * the generation time, then for sequential requests over real HTTP as the coordinator (after a
 * warm-up) the median, p90 and p99 latency of the dashboard plain, filtered and sorted; the
 * statements per request; and the bytes allocated per request and the heap after a full GC with
 * 5 and with 10 self-assessments per organisation, to show that neither grows with the results
 * held; then the median, p90 and p99 of a member's report, which sets its scores beside the
 * network's quartiles. Fails on an error response or on a statement count that differs between the two sizes.
 *
 * <p>Not part of a normal build: {@code ./mvnw -B test -Pbenchmark -Dtest=NetworkDashboardBenchmark
 * [-Dbenchmark.requests=200] [-Dbenchmark.warmupSeconds=60] [-Dbenchmark.organisations=1000]
 * [-Dbenchmark.jfr=/tmp/dashboard.jfr]}.
 */
@Tag("benchmark")
class NetworkDashboardBenchmark extends IntegrationTest {

    @Autowired
    NetworkGenerator generator;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void dashboardOfAThousandOrganisations() throws Exception {
        int organisations = Integer.getInteger("benchmark.organisations", 1000);
        int requests = Integer.getInteger("benchmark.requests", 200);
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmupSeconds", 60));
        StringBuilder out = new StringBuilder("\n=== Repère network dashboard benchmark: ")
                .append(organisations)
                .append(" organisations, ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, load average at start ")
                .append(String.format(
                        Locale.ROOT,
                        "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(" ===\n");

        // The smaller network first: the database then holds 5 results per member, later 15.
        NetworkGenerator.Result five =
                generator.generate(new NetworkGenerator.Settings("b5", organisations, 5, 80, 2021));
        NetworkGenerator.Result ten =
                generator.generate(new NetworkGenerator.Settings("b10", organisations, 10, 80, 2021));
        for (NetworkGenerator.Result result : List.of(five, ten)) {
            out.append(String.format(
                    Locale.ROOT,
                    "generated %d organisations × %d assessments (%d answers, %d actions): written in %.1f s,"
                            + " scored in %.1f s%n",
                    result.organisations(),
                    result.assessments() / result.organisations(),
                    result.answers(),
                    result.actions(),
                    result.writing().toMillis() / 1000.0,
                    result.scoring().toMillis() / 1000.0));
        }
        Coordinator coordinatorOfFive = coordinator("b5", five.networkId());
        Coordinator coordinatorOfTen = coordinator("b10", ten.networkId());

        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("plain", "");
        variants.put("filtered (province=ON)", "province=ON");
        variants.put("sorted (pillar 4, descending)", "sort=4&descending=true");
        variants.put(
                "filtered and sorted, pages 3 and 2", "sizeBand=SMALL&sort=overall&heatmapPage=3&participationPage=2");

        long warmUpEnd = System.nanoTime() + warmUp.toNanos();
        int warmUpRequests = 0;
        while (System.nanoTime() < warmUpEnd) {
            for (String query : variants.values()) {
                get(coordinatorOfTen, query);
                get(coordinatorOfFive, query);
                warmUpRequests += 2;
            }
        }
        out.append(String.format(Locale.ROOT, "warm-up: %d requests in %d s%n", warmUpRequests, warmUp.toSeconds()));

        // -Dbenchmark.jfr=file.jfr: a Flight Recorder profile of the measured requests only.
        String jfr = System.getProperty("benchmark.jfr");
        Recording recording = null;
        if (jfr != null) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
        }
        out.append(String.format(
                Locale.ROOT,
                "%-44s %8s %8s %8s %8s %8s %8s%n",
                "GET /networks/{id}/dashboard (10 per org)",
                "requests",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "KB"));
        for (Map.Entry<String, String> variant : variants.entrySet()) {
            long[] latencies = new long[requests];
            int size = 0;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(coordinatorOfTen, variant.getValue());
                latencies[i] = System.nanoTime() - start;
                size = response.body().getBytes(StandardCharsets.UTF_8).length;
            }
            Arrays.sort(latencies);
            out.append(String.format(
                    Locale.ROOT,
                    "%-44s %8d %8.1f %8.1f %8.1f %8.1f %8d%n",
                    variant.getKey(),
                    requests,
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.90),
                    percentile(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6,
                    size / 1024));
        }

        // A member of the larger network reads its latest report, which sets its pillar scores beside
        // the network's quartiles: those are computed over every sharing member's latest result.
        String leadEmail = new NetworkGenerator.Settings("b10", 1, 1, 0, 0).leadEmail(0);
        String report =
                jdbc.sql("""
                        select '/organisations/' || r.organisation_id || '/assessments/' || r.assessment_id || '/report'
                        from assessment_result r
                        join membership m on m.organisation_id = r.organisation_id and m.role = 'ORG_LEAD'
                        join app_user u on u.id = m.user_id
                        where u.email = :email
                        order by r.submitted_at desc limit 1
                        """).param("email", leadEmail).query(String.class).single();
        String leadSession = login(leadEmail);
        for (int i = 0; i < 50; i++) {
            get(leadSession, report);
        }
        long[] reportLatencies = new long[requests];
        int reportSize = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(leadSession, report);
            reportLatencies[i] = System.nanoTime() - start;
            reportSize = response.body().getBytes(StandardCharsets.UTF_8).length;
        }
        Arrays.sort(reportLatencies);
        out.append(String.format(
                Locale.ROOT,
                "%-44s %8d %8.1f %8.1f %8.1f %8.1f %8d%n",
                "GET a member's report, with network quartiles",
                requests,
                percentile(reportLatencies, 0.50),
                percentile(reportLatencies, 0.90),
                percentile(reportLatencies, 0.99),
                reportLatencies[reportLatencies.length - 1] / 1e6,
                reportSize / 1024));

        if (recording != null) {
            recording.dump(Path.of(jfr));
            recording.close();
        }
        for (Coordinator coordinator : List.of(coordinatorOfFive, coordinatorOfTen)) {
            Memory memory = memory(coordinator, 50);
            out.append(String.format(
                    Locale.ROOT,
                    "%s per org: %,d KB allocated per request; heap after GC %,d KB before, %,d KB after 50 requests%n",
                    coordinator == coordinatorOfFive ? " 5" : "10",
                    memory.allocatedBytes() / 1024,
                    memory.heapBefore() / 1024,
                    memory.heapAfter() / 1024));
        }
        Statements ofFive = statements(coordinatorOfFive);
        Statements ofTen = statements(coordinatorOfTen);
        out.append(String.format(
                Locale.ROOT,
                " 5 per org: %d statements per request, %.1f ms in them%n10 per org: %d statements per request, %.1f ms"
                        + " in them%n",
                ofFive.count(),
                ofFive.millis(),
                ofTen.count(),
                ofTen.millis()));
        System.out.println(out);

        assertThat(ofTen.count()).isEqualTo(ofFive.count());
    }

    private record Coordinator(long userId, String email, String session, long network) {}

    private Coordinator coordinator(String label, long network) throws Exception {
        NetworkGenerator.Settings settings = new NetworkGenerator.Settings(label, 1, 1, 0, 0);
        String email = settings.coordinatorEmail();
        long id = jdbc.sql("select id from app_user where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        return new Coordinator(id, email, login(email), network);
    }

    /** The session cookie of a login over HTTP. */
    private String login(String email) throws Exception {
        HttpResponse<String> login = HttpSessions.submitLogin(
                http, baseUrl(), HttpSessions.openLoginPage(http, baseUrl()), email, DemoMode.PASSWORD);
        assertThat(login.statusCode()).as("login of " + email).isEqualTo(302);
        return HttpSessions.sessionCookie(login);
    }

    private HttpResponse<String> get(Coordinator coordinator, String query) throws Exception {
        return get(coordinator.session(), "/networks/" + coordinator.network() + "/dashboard?" + query);
    }

    private HttpResponse<String> get(String session, String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Cookie", HttpSessions.COOKIE + "=" + session)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return response;
    }

    private record Memory(long allocatedBytes, long heapBefore, long heapAfter) {}

    private record Statements(long count, double millis) {}

    /**
     * Over HTTP, the bytes allocated per request by every thread of the JVM (server and client),
     * and the heap after a full GC before and after {@code requests}.
     */
    private Memory memory(Coordinator coordinator, int requests) throws Exception {
        long heapBefore = heapAfterGc();
        long allocatedBefore = allocatedByAllThreads();
        for (int i = 0; i < requests; i++) {
            get(coordinator, "");
        }
        long allocated = (allocatedByAllThreads() - allocatedBefore) / requests;
        return new Memory(allocated, heapBefore, heapAfterGc());
    }

    /**
     * The statements of one request and the time spent in them as JDBC sees it (sent to last row
     * read), over 20 requests: MockMvc runs them in this thread, where they are counted. After
     * the memory figures: the test support keeps what each MockMvc request printed until the
     * test ends.
     */
    private Statements statements(Coordinator coordinator) throws Exception {
        TestData.User user = new TestData.User(coordinator.userId(), coordinator.email());
        String uri = "/networks/" + coordinator.network() + "/dashboard";
        mvc.get().uri(uri).with(as(user)).exchange();
        StatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(as(user))).hasStatusOk();
        long count = StatementCounter.count();
        StatementCounter.reset();
        for (int i = 0; i < 20; i++) {
            mvc.get().uri(uri).with(as(user)).exchange();
        }
        return new Statements(count, QueryCountHolder.getGrandTotal().getTime() / 20.0);
    }

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(bytes -> bytes > 0)
                .sum();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}

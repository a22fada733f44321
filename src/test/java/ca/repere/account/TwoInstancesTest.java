package ca.repere.account;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Scope;
import ca.repere.support.DeployedApplication;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import ca.repere.support.TestDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one database, as behind a load balancer: instance A is the
 * tests' shared application, instance B a second one started here. One browser (one cookie jar
 * for the host, whatever the port, as cookies are) moves between them.
 */
class TwoInstancesTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ANSWER_FIELD =
            Pattern.compile("name=\"answers\\[(\\d+)\\]\\.(criterionId|version)\"[^>]*value=\"(\\d+)\"");

    private static ConfigurableApplicationContext instanceB;

    @Autowired
    AssessmentService assessments;

    @Autowired
    UserAdministration administration;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startInstanceB() {
        TestDatabase.Connection database = TestDatabase.get();
        instanceB = DeployedApplication.builder()
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password())
                .run();
    }

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void aPersonLoggedInOnOneInstanceSavesAnswersOnTheOtherAndBothSeeThem() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));
        long assessment = startAssessment(lead, organisation);
        String pillar = "/organisations/" + organisation + "/assessments/" + assessment + "/pillars/1";

        logIn(instanceA(), staff);
        HttpResponse<String> page = get(instanceB() + pillar);
        assertThat(page.statusCode()).as("pillar page on B with A's session").isEqualTo(200);

        String token = "saved on B " + TestData.unique("t");
        HttpResponse<String> saved = post(instanceB() + pillar, saveForm(page.body(), token));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(pillar));

        assertThat(jdbc.sql("select count(*) from answer a"
                                + " where a.assessment_id = ? and a.evidence like ? and a.updated_by = ?")
                        .params(assessment, token + " %", staff.id())
                        .query(Integer.class)
                        .single())
                .as("answers of pillar 1 saved through B")
                .isEqualTo(criteriaOf(page.body()).size());
        assertThat(get(instanceA() + pillar).body()).contains(token + " 1").contains(token + " 2");
    }

    @Test
    void aRoleChangedOnOneInstanceEndsThePersonsSessionOnTheOther() throws Exception {
        long organisation = data.organisation();
        User staff = data.user(Grant.staffOf(organisation));
        User admin = data.user(Grant.admin());
        logIn(instanceA(), staff);
        assertThat(get(instanceB() + "/organisations/" + organisation).statusCode())
                .isEqualTo(200);

        // On A (this JVM's application): a new role for the person.
        administration.grant(data.current(admin), staff.id(), Grant.staffOf(data.organisation()));

        HttpResponse<String> onB = get(instanceB() + "/organisations/" + organisation);
        assertThat(onB.statusCode()).isEqualTo(302);
        assertThat(onB.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        // Ended for good: A turns it away too, and logging in again works.
        assertThat(get(instanceA() + "/organisations/" + organisation).statusCode())
                .isEqualTo(302);
        logIn(instanceB(), staff);
        assertThat(get(instanceA() + "/organisations/" + organisation).statusCode())
                .isEqualTo(200);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long startAssessment(User lead, long organisation) {
        return assessments.start(
                data.current(lead),
                organisation,
                new AssessmentService.StartCommand(
                        testFrameworks.ccrCleo().id(), "Two instances", Scope.FULL, Set.of(), null, false));
    }

    private void logIn(String instance, User user) throws IOException, InterruptedException {
        String loginPage = get(instance + "/login").body();
        HttpResponse<String> login = post(
                instance + "/login",
                "email=" + encode(user.email()) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
                        + encode(csrf(loginPage)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    /** Every answer of the page: its criterion and version, a rating, and this save's own text. */
    private static String saveForm(String page, String token) {
        StringBuilder form = new StringBuilder("then=stay&_csrf=").append(encode(csrf(page)));
        List<long[]> criteria = criteriaOf(page);
        for (int i = 0; i < criteria.size(); i++) {
            String field = "answers[" + i + "].";
            form.append('&').append(encode(field + "criterionId")).append('=').append(criteria.get(i)[0]);
            form.append('&').append(encode(field + "version")).append('=').append(criteria.get(i)[1]);
            form.append('&').append(encode(field + "rating")).append('=').append(i % 5);
            form.append('&').append(encode(field + "evidence")).append('=').append(encode(token + " " + (i + 1)));
        }
        return form.toString();
    }

    /** Criterion id and version of each answer, in page order. */
    private static List<long[]> criteriaOf(String page) {
        List<long[]> criteria = new ArrayList<>();
        Matcher field = ANSWER_FIELD.matcher(page);
        while (field.find()) {
            int index = Integer.parseInt(field.group(1));
            while (criteria.size() <= index) {
                criteria.add(new long[2]);
            }
            criteria.get(index)[field.group(2).equals("criterionId") ? 0 : 1] = Long.parseLong(field.group(3));
        }
        assertThat(criteria).as("answers on the pillar page").isNotEmpty();
        return criteria;
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
    }

    private String instanceA() {
        return baseUrl();
    }

    private static String instanceB() {
        return "http://localhost:"
                + ((WebServerApplicationContext) instanceB).getWebServer().getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }
}

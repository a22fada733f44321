package ca.repere.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every administration route of the hub, organisations and networks: anonymous visitors are
 * sent to the login page, organisation leads and staff and network coordinators get 403 (and
 * change nothing), admins get the page. The header links to the administration for admins only.
 */
class AdminRoutesAuthorisationTest extends IntegrationTest {

    private long organisation;
    private long network;
    private long outsider;
    private String intruder;

    @BeforeEach
    void data() {
        intruder = TestData.unique("Intrus");
        organisation = data.organisation();
        outsider = data.organisation();
        network = data.network(organisation);
    }

    private List<Route> routes() {
        String o = "/admin/organisations/" + organisation;
        String n = "/admin/networks/" + network;
        return List.of(
                Route.get("/admin"),
                Route.get("/admin/organisations"),
                Route.get("/admin/organisations?q=a&province=QC&size=SMALL&page=0"),
                Route.get("/admin/organisations/new"),
                Route.get(o),
                Route.get(o + "/edit"),
                Route.get("/admin/networks"),
                Route.get("/admin/networks/new"),
                Route.get(n),
                Route.get(n + "/edit"),
                Route.get(n + "/members/" + organisation + "/remove"),
                Route.post("/admin/organisations", "name", intruder, "province", "QC", "sizeBand", "SMALL"),
                Route.post(o, "version", "0", "name", intruder, "province", "QC", "sizeBand", "SMALL"),
                Route.post(o + "/networks", "networkId", String.valueOf(network)),
                Route.post("/admin/networks", "name", intruder),
                Route.post(n, "version", "0", "name", intruder),
                Route.post(n + "/members", "organisationId", String.valueOf(outsider)),
                Route.post(n + "/members/" + organisation + "/remove"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (Route route : routes()) {
            assertThat(route.request(this, null))
                    .as(route.toString())
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .endsWith("/login");
        }
    }

    @Test
    void leadsStaffAndCoordinatorsAreRefusedEverywhereAndChangeNothing() {
        List<User> others = List.of(
                data.user(Grant.leadOf(organisation)),
                data.user(Grant.staffOf(organisation)),
                data.user(Grant.coordinatorOf(network)),
                data.user(Grant.leadOf(organisation), Grant.coordinatorOf(network)));
        for (User user : others) {
            for (Route route : routes()) {
                assertThat(route.request(this, user)).as(route + " as " + user).hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(jdbc.sql("select count(*) from organisation where name = ?")
                        .param(intruder)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from network where name = ?")
                        .param(intruder)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from network_member where network_id = ?")
                        .param(network)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void adminsReachEveryRoute() {
        User admin = data.user(Grant.admin());
        for (Route route : routes()) {
            MvcTestResult result = route.request(this, admin);
            if (route.method() == HttpMethod.GET) {
                assertThat(result).as(route.toString()).hasStatusOk();
            } else {
                // A redirect after a change, or the form again when it is refused: never a refusal of access.
                assertThat(result.getResponse().getStatus())
                        .as(route.toString())
                        .isIn(HttpStatus.OK.value(), HttpStatus.FOUND.value());
            }
        }
    }

    @Test
    void theHeaderLinksToTheAdministrationForAdminsOnly() throws Exception {
        User admin = data.user(Grant.admin());
        User lead = data.user(Grant.leadOf(organisation));
        User coordinator = data.user(Grant.coordinatorOf(network));

        Elements adminLink = navLinks(admin, "/");
        assertThat(adminLink.eachText()).contains("Administration");
        assertThat(adminLink.select("[href=/admin]").hasClass("active")).isFalse();
        assertThat(navLinks(lead, "/").select("[href=/admin]")).isEmpty();
        assertThat(navLinks(coordinator, "/").select("[href=/admin]")).isEmpty();
        assertThat(navLinks(lead, "/organisations/" + organisation).select("[href=/admin]"))
                .isEmpty();

        // Marked as the current section on every administration page.
        for (String page : List.of("/admin", "/admin/organisations", "/admin/networks/" + network, "/admin/outbox")) {
            Elements current = navLinks(admin, page).select("[href=/admin]");
            assertThat(current.hasClass("active")).as(page).isTrue();
            assertThat(current.attr("aria-current")).as(page).isEqualTo("page");
        }
    }

    @Test
    void theHubLinksToEachPartWithItsCount() throws Exception {
        User admin = data.user(Grant.admin());
        long organisations =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();

        Document hub = Jsoup.parse(mvc.get()
                .uri("/admin?lang=en")
                .with(as(admin))
                .exchange()
                .getResponse()
                .getContentAsString());

        assertThat(hub.select("main a").eachAttr("href"))
                .containsExactly(
                        "/admin/frameworks",
                        "/admin/frameworks/import",
                        "/admin/organisations",
                        "/admin/networks",
                        "/admin/users",
                        "/admin/invitations",
                        "/admin/audit",
                        "/admin/outbox");
        assertThat(hub.select("section[aria-labelledby=hub-organisations]").text())
                .contains(organisations + " organizations");
        assertThat(hub.select("section[aria-labelledby=hub-frameworks] .admin-count")
                        .text())
                .matches("\\d+ frameworks?, \\d+ versions?");
    }

    @Test
    void everyLinkOfTheHubLeadsToAPage() throws Exception {
        User admin = data.user(Grant.admin());
        Document hub = Jsoup.parse(
                mvc.get().uri("/admin").with(as(admin)).exchange().getResponse().getContentAsString());

        for (String link : hub.select("main a").eachAttr("href")) {
            assertThat(mvc.get().uri(link).with(as(admin))).as(link).hasStatusOk();
        }
    }

    private Elements navLinks(User user, String page) throws Exception {
        String html =
                mvc.get().uri(page).with(as(user)).exchange().getResponse().getContentAsString();
        return Jsoup.parse(html).select("#main-nav a.nav-link");
    }

    private record Route(HttpMethod method, String uri, String... params) {

        static Route get(String uri) {
            return new Route(HttpMethod.GET, uri);
        }

        static Route post(String uri, String... params) {
            return new Route(HttpMethod.POST, uri, params);
        }

        MvcTestResult request(AdminRoutesAuthorisationTest test, User user) {
            var request = method == HttpMethod.GET
                    ? test.mvc.get().uri(uri)
                    : test.mvc.post().uri(uri).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request = request.param(params[i], params[i + 1]);
            }
            if (user != null) {
                request = request.with(test.as(user));
            }
            return request.exchange();
        }

        @Override
        public String toString() {
            return method + " " + uri;
        }
    }
}

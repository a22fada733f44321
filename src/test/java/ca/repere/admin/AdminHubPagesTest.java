package ca.repere.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administration's hub and the header's link to it, for admins only. Who may use each
 * administration route is the authorisation matrix's business ({@code AuthorisationMatrixTest}).
 */
class AdminHubPagesTest extends IntegrationTest {

    private long organisation;
    private long network;

    @BeforeEach
    void data() {
        organisation = data.organisation();
        network = data.network(organisation);
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
}

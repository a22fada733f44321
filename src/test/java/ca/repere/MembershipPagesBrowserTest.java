package ca.repere;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** What each role reaches from its home page, as seen in a browser. */
class MembershipPagesBrowserTest extends BrowserTest {

    @Test
    void leadOpensTheirOrganisationWithItsProfileNetworksAndMembers() {
        String name = TestData.unique("Maison des nouveaux arrivants");
        long organisation = data.organisation(name);
        data.network(organisation);
        User lead = data.user(Grant.leadOf(organisation));

        login(page, lead.email(), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        assertThat(page.getByText("Demandes d’asile")).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(lead.email())))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Responsable de l’organisme")))
                .isVisible();
        screenshot(page, "organisation");
        page.setViewportSize(320, 800);
        assertNoHorizontalScroll(page);
    }

    @Test
    void coordinatorOpensTheirNetworkAndSeesItsMemberOrganisations() {
        String member = TestData.unique("Membre du réseau");
        long network = data.network(data.organisation(member), data.organisation());
        User coordinator = data.user(Grant.coordinatorOf(network));

        login(page, coordinator.email(), TestData.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes réseaux")))
                .isVisible();
        page.locator("section[aria-labelledby=my-networks] a").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organismes membres (2)")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(member)))
                .isVisible();
        screenshot(page, "network");
    }

    @Test
    void adminHomeListsTheLibraryOrganisationsAndNetworks() {
        String organisation = TestData.unique("Organisme administré");
        data.organisation(organisation);
        User admin = data.user(Grant.admin());

        login(page, admin.email(), TestData.PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Administration")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(organisation)))
                .isVisible();
        assertThat(
                        page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(
                                                "Cadre proposé pour des services liés à l’immigration et au statut de réfugié de haute qualité (2021-02-08)")))
                .isVisible();
        screenshot(page, "home-admin");
    }
}

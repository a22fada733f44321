package ca.repere.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Everyone sees their own organisations and networks, and nobody else's. */
class OrganisationAccessTest extends IntegrationTest {

    @Test
    void staffSeeTheirOwnOrganisationButGet403ForAnother() {
        long mine = data.organisation("Mon organisme " + System.nanoTime());
        long theirs = data.organisation("Leur organisme secret " + System.nanoTime());
        User staff = data.user(Grant.staffOf(mine));

        assertThat(mvc.get().uri("/organisations/{id}", mine).with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Mon organisme");
        assertThat(mvc.get().uri("/organisations/{id}", theirs).with(as(staff)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .doesNotContain("Leur organisme secret");
    }

    @Test
    void leadOfOneOrganisationCannotSeeANetworkTheyDoNotCoordinate() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        User lead = data.user(Grant.leadOf(organisation));

        assertThat(mvc.get().uri("/networks/{id}", network).with(as(lead))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void coordinatorSeesTheirNetworkMembersButNotOtherNetworksNorMemberOrganisationPages() {
        long member = data.organisation("Membre visible " + System.nanoTime());
        long network = data.network(member);
        long otherNetwork = data.network(data.organisation());
        User coordinator = data.user(Grant.coordinatorOf(network));

        assertThat(mvc.get().uri("/networks/{id}", network).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains("Membre visible");
        assertThat(mvc.get().uri("/networks/{id}", otherNetwork).with(as(coordinator)))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Results and profiles are shared only by consent (a later feature): not by membership alone.
        assertThat(mvc.get().uri("/organisations/{id}", member).with(as(coordinator)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void adminSeesEveryOrganisationAndNetwork() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        User admin = data.user(Grant.admin());

        assertThat(mvc.get().uri("/organisations/{id}", organisation).with(as(admin)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/networks/{id}", network).with(as(admin))).hasStatusOk();
    }

    @Test
    void homePageListsOnlyTheUsersOwnOrganisations() {
        long mine = data.organisation("Accueil du mien " + System.nanoTime());
        data.organisation("Accueil de l'autre " + System.nanoTime());
        User staff = data.user(Grant.staffOf(mine));

        assertThat(mvc.get().uri("/").with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Accueil du mien")
                .doesNotContain("Accueil de l'autre");
    }

    @Test
    void unknownOrganisationIsNotFoundForAdminAndForbiddenForOthers() {
        User admin = data.user(Grant.admin());
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.get().uri("/organisations/{id}", 999_999_999L).with(as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
        // Others cannot tell an organisation that does not exist from one that is not theirs.
        assertThat(mvc.get().uri("/organisations/{id}", 999_999_999L).with(as(staff)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        long organisation = data.organisation();
        assertThat(mvc.get().uri("/organisations/{id}", organisation))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }
}

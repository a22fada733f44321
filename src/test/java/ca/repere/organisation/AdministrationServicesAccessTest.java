package ca.repere.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administration services refuse anyone but admins themselves, whatever calls them: the
 * security configuration's rule on {@code /admin/**} is a second guard, not the only one.
 */
class AdministrationServicesAccessTest extends IntegrationTest {

    @Autowired
    private OrganisationAdministration organisations;

    @Autowired
    private NetworkAdministration networks;

    @Test
    void everyMethodRefusesALeadOfTheOrganisationAndTheNetworksCoordinator() {
        long organisation = data.organisation();
        long other = data.organisation();
        long network = data.network(organisation);
        OrganisationProfile profile = new OrganisationProfile(
                "Intrus " + System.nanoTime(), Province.QC, SizeBand.SMALL, 1, 1, Set.of(), true);
        for (CurrentUser user : List.of(
                data.current(data.user(Grant.leadOf(organisation))),
                data.current(data.user(Grant.coordinatorOf(network))))) {
            List<Executable> calls = List.of(
                    () -> organisations.search(user, new OrganisationFilter(null, null, null, null)),
                    () -> organisations.organisation(user, organisation),
                    () -> organisations.networks(user, organisation),
                    () -> organisations.create(user, profile),
                    () -> organisations.update(user, organisation, 0, profile),
                    () -> networks.networks(user),
                    () -> networks.network(user, network),
                    () -> networks.members(user, network),
                    () -> networks.create(user, "Intrus", null),
                    () -> networks.update(user, network, 0, "Intrus", null),
                    () -> networks.addMember(user, network, other),
                    () -> networks.removal(user, network, organisation),
                    () -> networks.removeMember(user, network, organisation));
            for (Executable call : calls) {
                assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
            }
        }
        assertThat(networks.members(data.current(data.user(Grant.admin())), network)
                        .members())
                .extracting(OrganisationSummary::id)
                .containsExactly(organisation);
    }
}

package ca.repere.organisation;

import ca.repere.account.MembershipTargets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Tells the account module which organisations and networks memberships and invitations may name. */
@Component
class OrganisationMembershipTargets implements MembershipTargets {

    private final OrganisationDirectory directory;

    OrganisationMembershipTargets(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Target> organisations() {
        return directory.allOrganisations().stream()
                .map(organisation -> new Target(organisation.id(), organisation.name()))
                .toList();
    }

    @Override
    public List<Target> networks() {
        return directory.allNetworks().stream()
                .map(network -> new Target(network.id(), network.name()))
                .toList();
    }

    @Override
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        return directory.organisations(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }

    @Override
    public Map<Long, String> networkNames(Collection<Long> ids) {
        return directory.networks(ids).stream().collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::name));
    }
}

package ca.repere.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's public face. It does not check who is asking: callers pass the ids a
 * user may see (from {@link ca.repere.account.CurrentUser}) or check with {@link ca.repere.account.Access}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final NetworkRepository networks;
    private final Clock clock;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    OrganisationDirectory(OrganisationRepository organisations, NetworkRepository networks, Clock clock) {
        this.organisations = organisations;
        this.networks = networks;
        this.clock = clock;
    }

    public List<OrganisationSummary> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return organisations.findAllByIdOrderByName(ids.toArray(Long[]::new)).stream()
                .map(OrganisationDirectory::summary)
                .toList();
    }

    public List<OrganisationSummary> allOrganisations() {
        return organisations.findAllOrderByName().stream()
                .map(OrganisationDirectory::summary)
                .toList();
    }

    public Optional<OrganisationProfile> profile(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::profile);
    }

    public List<NetworkSummary> networks(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : networks.summaries(ids.toArray(Long[]::new));
    }

    public List<NetworkSummary> allNetworks() {
        return networks.allSummaries();
    }

    public List<NetworkSummary> networksOf(long organisationId) {
        return networks.summariesWithMember(organisationId);
    }

    public Optional<NetworkSummary> network(long networkId) {
        return networks.summary(networkId);
    }

    public List<OrganisationSummary> membersOf(long networkId) {
        return networks.memberSummaries(networkId);
    }

    @Transactional
    public long createOrganisation(OrganisationProfile profile) {
        return organisations.save(new Organisation(profile, clock.instant())).getId();
    }

    @Transactional
    public long createNetwork(String name, String description) {
        return networks.save(new Network(name, description, clock.instant())).getId();
    }

    @Transactional
    public void addMember(long networkId, long organisationId) {
        networks.findById(networkId).orElseThrow().addMember(organisations.getReferenceById(organisationId));
    }

    /** Whether the organisation's lead lets staff start self-assessments (leads always may). */
    public boolean staffMayStartAssessments(long organisationId) {
        return organisations
                .findById(organisationId)
                .map(Organisation::staffMayStartAssessments)
                .orElse(false);
    }

    @Transactional
    public void letStaffStartAssessments(long organisationId, boolean allowed) {
        organisations.findById(organisationId).orElseThrow().letStaffStartAssessments(allowed);
    }

    /**
     * An organisation's name, asked by the header of every assessment page: kept in memory once
     * read. Whatever renames an organisation must go through this class and forget it here.
     */
    public Optional<String> name(long organisationId) {
        String known = names.get(organisationId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> name = organisations.findById(organisationId).map(Organisation::getName);
        name.ifPresent(found -> names.put(organisationId, found));
        return name;
    }

    private static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(
                organisation.getId(), organisation.getName(), organisation.getProvince(), organisation.getSizeBand());
    }
}

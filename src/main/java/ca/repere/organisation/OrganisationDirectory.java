package ca.repere.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
    /**
     * Names already read, each for a limited time: a rename on this instance forgets its entry at
     * once ({@link #renamed}), one made on another instance shows here within {@link #NAME_TTL_NANOS}.
     */
    private final Map<Long, KnownName> names = new ConcurrentHashMap<>();

    private static final long NAME_TTL_NANOS = Duration.ofMinutes(1).toNanos();

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

    /** Adds an organisation to a network (nothing if it is a member already). Not audited: for set-up code. */
    @Transactional
    public void addMember(long networkId, long organisationId) {
        networks.addMember(networkId, organisationId);
    }

    public long organisationCount() {
        return organisations.count();
    }

    public long networkCount() {
        return networks.count();
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
        KnownName known = names.get(organisationId);
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < NAME_TTL_NANOS) {
            return Optional.of(known.name());
        }
        Optional<String> name = organisations.findById(organisationId).map(Organisation::getName);
        name.ifPresent(found -> names.put(organisationId, new KnownName(found, now)));
        return name;
    }

    private record KnownName(String name, long readAt) {}

    /**
     * Forgets the name kept for an organisation that is being renamed: now, so that the rest of the
     * renaming transaction reads the new one, and again once it commits, in case a page read the
     * old name meanwhile.
     */
    void renamed(long organisationId) {
        names.remove(organisationId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    names.remove(organisationId);
                }
            });
        }
    }

    private static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(
                organisation.getId(), organisation.getName(), organisation.getProvince(), organisation.getSizeBand());
    }
}

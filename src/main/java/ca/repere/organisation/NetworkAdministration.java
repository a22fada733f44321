package ca.repere.organisation;

import ca.repere.account.CurrentUser;
import ca.repere.shared.audit.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to networks: create them, edit their name and description, and add or remove
 * member organisations. Every change is recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
class NetworkAdministration {

    private static final String DUPLICATE_NAME = "network.admin.error.duplicateName";
    private static final String STALE = "network.admin.error.stale";

    private final NetworkRepository networks;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    NetworkAdministration(
            NetworkRepository networks, OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<NetworkSummary> networks(CurrentUser user) {
        Admins.require(user);
        return networks.allSummaries();
    }

    @Transactional(readOnly = true)
    Optional<Editable> network(CurrentUser user, long networkId) {
        Admins.require(user);
        return networks.findById(networkId)
                .map(network -> new Editable(
                        network.getId(), network.getVersion(), network.getName(), network.getDescription()));
    }

    /** The network's members and the organisations that could join it. */
    @Transactional(readOnly = true)
    Members members(CurrentUser user, long networkId) {
        Admins.require(user);
        return new Members(networks.memberSummaries(networkId), organisations.notMembersOf(networkId));
    }

    long create(CurrentUser user, String name, String description) {
        Admins.require(user);
        requireUniqueName(name, 0);
        Network network;
        try {
            network = networks.saveAndFlush(new Network(name, description, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw refusalFor(raced);
        }
        audit.record("network.created", "network", network.getId(), network.getName(), null, fields(network));
        return network.getId();
    }

    void update(CurrentUser user, long networkId, long version, String name, String description) {
        Admins.require(user);
        Network network = networks.findById(networkId).orElseThrow(NotFound::new);
        if (network.getVersion() != version) {
            throw AdminRefusal.stale(STALE);
        }
        requireUniqueName(name, networkId);
        Map<String, Object> was = fields(network);
        network.update(name, description);
        try {
            networks.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw AdminRefusal.stale(STALE);
        } catch (DataIntegrityViolationException raced) {
            throw refusalFor(raced);
        }
        Map<String, Object> is = fields(network);
        was.keySet().removeIf(key -> Objects.equals(was.get(key), is.get(key)));
        is.keySet().retainAll(was.keySet());
        if (!is.isEmpty()) {
            audit.record("network.updated", "network", networkId, network.getName(), was, is);
        }
    }

    /** Returns false when the organisation was a member already (nothing to record). */
    boolean addMember(CurrentUser user, long networkId, long organisationId) {
        Admins.require(user);
        Network network = networks.findById(networkId).orElseThrow(NotFound::new);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        if (networks.addMember(networkId, organisationId) == 0) {
            return false;
        }
        audit.record("network.member.added", "network", networkId, network.getName(), null, member(organisation));
        return true;
    }

    /** Returns false when the organisation was not (or no longer) a member. */
    boolean removeMember(CurrentUser user, long networkId, long organisationId) {
        Admins.require(user);
        Network network = networks.findById(networkId).orElseThrow(NotFound::new);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        if (networks.removeMember(networkId, organisationId) == 0) {
            return false;
        }
        audit.record("network.member.removed", "network", networkId, network.getName(), member(organisation), null);
        return true;
    }

    /** What the confirmation page names: the network and the organisation about to leave it. */
    @Transactional(readOnly = true)
    Optional<Removal> removal(CurrentUser user, long networkId, long organisationId) {
        Admins.require(user);
        return networks.findById(networkId)
                .flatMap(network -> organisations
                        .findById(organisationId)
                        .map(organisation ->
                                new Removal(networkId, network.getName(), organisationId, organisation.getName())));
    }

    private void requireUniqueName(String name, long exceptId) {
        if (networks.nameTaken(name.strip(), exceptId)) {
            throw AdminRefusal.duplicateName(DUPLICATE_NAME);
        }
    }

    private static RuntimeException refusalFor(DataIntegrityViolationException violation) {
        String message = String.valueOf(violation.getMostSpecificCause().getMessage());
        return message.contains("network_name_uq") ? AdminRefusal.duplicateName(DUPLICATE_NAME) : violation;
    }

    private static Map<String, Object> fields(Network network) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", network.getName());
        fields.put("description", network.getDescription());
        return fields;
    }

    private static Map<String, Object> member(Organisation organisation) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("organisationId", organisation.getId());
        member.put("organisationName", organisation.getName());
        return member;
    }

    record Editable(long id, long version, String name, String description) {}

    record Members(List<OrganisationSummary> members, List<OrganisationSummary> candidates) {}

    record Removal(long networkId, String networkName, long organisationId, String organisationName) {}
}

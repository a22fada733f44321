package ca.repere.network;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.SharedResults;
import ca.repere.organisation.NetworkSummary;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Each organisation's consent, network by network, to share its submitted self-assessments. */
@Service
public class NetworkSharing implements SharedResults {

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    NetworkSharing(JdbcClient jdbc, OrganisationDirectory directory, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's networks, each with whether (and since when) it shares with it. */
    @Transactional(readOnly = true)
    public List<SharingChoice> choices(CurrentUser user, long organisationId) {
        if (!user.isAdmin() && !user.isMemberOf(organisationId)) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
        Map<Long, Instant> since = jdbc
                .sql("select network_id, shared_since from network_sharing where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((row, n) -> Map.entry(
                        row.getLong("network_id"),
                        row.getTimestamp("shared_since").toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return directory.networksOf(organisationId).stream()
                .map(network -> new SharingChoice(network.id(), network.name(), since.get(network.id())))
                .toList();
    }

    /** The lead starts or stops sharing with one of the organisation's networks. */
    @Transactional
    public void share(CurrentUser user, long organisationId, long networkId, boolean shared) {
        if (!user.isLeadOf(organisationId)) {
            throw new AccessDeniedException("lead of " + organisationId);
        }
        NetworkSummary network = directory.networksOf(organisationId).stream()
                .filter(candidate -> candidate.id() == networkId)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        int changed = shared
                ? jdbc.sql("""
                                insert into network_sharing (network_id, organisation_id, shared_since, shared_by)
                                values (:network, :organisation, :now, :user)
                                on conflict do nothing
                                """)
                        .param("network", networkId)
                        .param("organisation", organisationId)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("user", user.id())
                        .update()
                : jdbc.sql(
                                "delete from network_sharing where network_id = :network and organisation_id = :organisation")
                        .param("network", networkId)
                        .param("organisation", organisationId)
                        .update();
        if (changed > 0) {
            audit.record(
                    shared ? "network.sharing.started" : "network.sharing.stopped",
                    "organisation",
                    organisationId,
                    directory.name(organisationId).orElse("") + " → " + network.name(),
                    AuditTrail.state("network", network.name(), "shared", !shared),
                    AuditTrail.state("network", network.name(), "shared", shared));
        }
    }

    /** Whether the organisation shares its results with a network this person coordinates. */
    @Override
    @Transactional(readOnly = true)
    public boolean sharedWithCoordinator(CurrentUser user, long organisationId) {
        if (user == null || user.networkIds().isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from network_sharing
                                       where organisation_id = :organisation and network_id = any(:networks))
                        """)
                .param("organisation", organisationId)
                .param("networks", user.networkIds().toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    /** A network of the organisation and whether it shares with it ({@code sharedSince} null: not shared). */
    public record SharingChoice(long networkId, String networkName, Instant sharedSince) {

        public boolean shared() {
            return sharedSince != null;
        }
    }
}

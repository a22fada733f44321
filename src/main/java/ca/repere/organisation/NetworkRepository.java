package ca.repere.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

    /** Summaries count members in the query: a network may have hundreds, none of them needed here. */
    String SUMMARY = "select new ca.repere.organisation.NetworkSummary(n.id, n.name, n.description, size(n.members))"
            + " from Network n ";

    /** An array, not {@code in :ids}: Hibernate keeps no plan for queries with a list parameter. */
    @Query(SUMMARY + "where array_contains(:ids, n.id) order by lower(n.name)")
    List<NetworkSummary> summaries(Long[] ids);

    @Query(SUMMARY + "order by lower(n.name)")
    List<NetworkSummary> allSummaries();

    @Query(SUMMARY + "where n.id = :networkId")
    Optional<NetworkSummary> summary(long networkId);

    @Query(SUMMARY + "where exists (select 1 from Network o join o.members m where o = n and m.id = :organisationId)"
            + " order by lower(n.name)")
    List<NetworkSummary> summariesWithMember(long organisationId);

    @Query("""
            select new ca.repere.organisation.OrganisationSummary(m.id, m.name, m.province, m.sizeBand)
            from Network n join n.members m where n.id = :networkId order by lower(m.name)
            """)
    List<OrganisationSummary> memberSummaries(long networkId);

    @Query(SUMMARY
            + "where not exists (select 1 from Network o join o.members m where o = n and m.id = :organisationId)"
            + " order by lower(n.name)")
    List<NetworkSummary> summariesWithoutMember(long organisationId);

    /** Compared as the unique index compares them ({@code lower(name)}). */
    @Query("select count(n) > 0 from Network n where lower(n.name) = lower(:name) and n.id <> :exceptId")
    boolean nameTaken(String name, long exceptId);

    /**
     * Adds a member row unless it is there already: two admins adding the same organisation at once
     * both succeed, one of them without effect. Returns the number of rows added (0 or 1).
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "insert into network_member (network_id, organisation_id) values (:networkId, :organisationId)"
                    + " on conflict do nothing",
            nativeQuery = true)
    int addMember(long networkId, long organisationId);

    /** Returns the number of rows removed (0 when it was not, or no longer, a member). */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "delete from network_member where network_id = :networkId and organisation_id = :organisationId",
            nativeQuery = true)
    int removeMember(long networkId, long organisationId);
}

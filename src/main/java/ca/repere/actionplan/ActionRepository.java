package ca.repere.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Every query names the organisation: an id guessed from another organisation finds nothing.
 * Criteria come with the actions (a fetch join): a plan costs one query whatever its size.
 */
interface ActionRepository extends JpaRepository<Action, Long> {

    @Query("""
            select a from Action a left join fetch a.criteria
            where a.id = :id and a.organisationId = :organisationId
            """)
    Optional<Action> findByIdAndOrganisationId(long id, long organisationId);

    /**
     * The whole plan: filtered and sorted by the caller. An organisation's plan holds tens of
     * actions, and one query with fixed text beats a query per combination of filters.
     */
    @Query("""
            select a from Action a left join fetch a.criteria
            where a.organisationId = :organisationId
            """)
    List<Action> plan(long organisationId);

    /** Actions linked to at least one criterion of this framework, whichever its version. */
    @Query("""
            select a from Action a left join fetch a.criteria
            where a.organisationId = :organisationId
              and exists (select 1 from Action linked join linked.criteria c
                          where linked.id = a.id and c.frameworkCode = :frameworkCode)
            """)
    List<Action> onFramework(long organisationId, String frameworkCode);

    /** The same, still to do: what pillar pages and a report's gaps show beside each criterion. */
    @Query("""
            select a from Action a left join fetch a.criteria
            where a.organisationId = :organisationId
              and (a.status = ca.repere.actionplan.ActionStatus.PLANNED
                   or a.status = ca.repere.actionplan.ActionStatus.IN_PROGRESS)
              and exists (select 1 from Action linked join linked.criteria c
                          where linked.id = a.id and c.frameworkCode = :frameworkCode)
            """)
    List<Action> openOnFramework(long organisationId, String frameworkCode);

    /**
     * Open actions of every organisation with an owner who has an account, due on or before
     * {@code until} (overdue ones included): what the weekly digests list.
     */
    @Query("""
            select a from Action a
            where a.ownerUserId is not null and a.dueDate is not null and a.dueDate <= :until
              and (a.status = ca.repere.actionplan.ActionStatus.PLANNED
                   or a.status = ca.repere.actionplan.ActionStatus.IN_PROGRESS)
            """)
    List<Action> openOwnedDueBy(java.time.LocalDate until);
}

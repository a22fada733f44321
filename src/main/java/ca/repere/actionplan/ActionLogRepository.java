package ca.repere.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Log entries are read through their action's organisation, like everything else in the module. */
interface ActionLogRepository extends JpaRepository<ActionLog, Long> {

    @Query("""
            select l from ActionLog l join Action a on a.id = l.actionId
            where l.actionId = :actionId and a.organisationId = :organisationId
            order by l.loggedAt, l.id
            """)
    List<ActionLog> history(long organisationId, long actionId);

    /** [action id, time of its latest entry] for every action of the organisation, in one query. */
    @Query("""
            select l.actionId, max(l.loggedAt) from ActionLog l join Action a on a.id = l.actionId
            where a.organisationId = :organisationId
            group by l.actionId
            """)
    List<Object[]> lastLoggedAt(long organisationId);
}

package ca.repere.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query names the organisation: an id guessed from another organisation finds nothing. */
interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    /**
     * With the pillars in scope, which every assessment page needs: one query, not two. A fetch
     * join rather than an entity graph: Hibernate keeps no SQL plan for queries with a graph.
     */
    @Query("""
            select a from Assessment a left join fetch a.pillarIds
            where a.id = :id and a.organisationId = :organisationId
            """)
    Optional<Assessment> findByIdAndOrganisationId(long id, long organisationId);

    /** For jobs that read hundreds at once: an {@code in} list finds them by primary key (see AnswerRepository). */
    @Query("""
            select distinct a from Assessment a left join fetch a.pillarIds
            where a.id in :ids and a.status = ca.repere.assessment.AssessmentStatus.SUBMITTED
            """)
    List<Assessment> submittedWithPillars(Collection<Long> ids);

    @Query(
            "select a.id from Assessment a where a.status = ca.repere.assessment.AssessmentStatus.SUBMITTED order by a.id")
    List<Long> submittedIds();

    List<Assessment> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);

    @Query("""
            select a from Assessment a
            where a.organisationId = :organisationId and a.status = ca.repere.assessment.AssessmentStatus.SUBMITTED
              and a.frameworkVersionId in :frameworkVersionIds
            order by a.submittedAt desc
            """)
    List<Assessment> submittedNewestFirst(long organisationId, List<Long> frameworkVersionIds);

    @Query("""
            select a from Assessment a join a.assignments assignment
            where assignment.userId = :userId and a.status <> ca.repere.assessment.AssessmentStatus.SUBMITTED
            order by a.createdAt desc
            """)
    List<Assessment> openAssessmentsAssignedTo(long userId);
}

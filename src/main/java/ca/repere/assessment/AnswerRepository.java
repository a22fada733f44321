package ca.repere.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(long assessmentId);

    /**
     * The answers of these assessments, for jobs that read many at once (hundreds of ids). An
     * {@code in} list, unlike {@code array_contains}, uses the index on the assessment: the array
     * test compared every answer of the database with every id, seconds per batch at 200,000
     * answers.
     */
    @Query("select a from Answer a where a.assessmentId in :assessmentIds")
    List<Answer> ofAssessments(Collection<Long> assessmentIds);

    List<Answer> findByAssessmentIdAndPillarId(long assessmentId, long pillarId);

    /** Progress of every assessment of an organisation: [assessmentId, applicable, answered]. */
    @Query("""
            select a.assessmentId,
                   sum(case when a.applicable then 1 else 0 end),
                   sum(case when a.applicable and a.rating is not null then 1 else 0 end)
            from Answer a
            where a.assessmentId in (select s.id from Assessment s where s.organisationId = :organisationId)
            group by a.assessmentId
            """)
    List<Object[]> progressInOrganisation(long organisationId);
}

package ca.repere.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(long assessmentId);

    List<Answer> findByAssessmentIdAndPillarId(long assessmentId, long pillarId);

    /** Progress of several assessments at once: [assessmentId, applicable, answered]. */
    @Query("""
            select a.assessmentId,
                   sum(case when a.applicable then 1 else 0 end),
                   sum(case when a.applicable and a.rating is not null then 1 else 0 end)
            from Answer a where a.assessmentId in :assessmentIds group by a.assessmentId
            """)
    List<Object[]> progress(Collection<Long> assessmentIds);
}

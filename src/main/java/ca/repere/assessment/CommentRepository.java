package ca.repere.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /**
     * An array rather than {@code in :criterionIds}: Hibernate translates a query with a list
     * parameter again at every execution, and this one runs on every pillar page.
     */
    @Query("""
            select c from Comment c
            where c.assessmentId = :assessmentId and array_contains(:criterionIds, c.criterionId)
            order by c.createdAt
            """)
    List<Comment> onCriteria(long assessmentId, Long[] criterionIds);

    boolean existsByIdAndAssessmentIdAndCriterionId(long id, long assessmentId, long criterionId);
}

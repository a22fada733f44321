package ca.repere.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByAssessmentIdAndCriterionIdInOrderByCreatedAt(long assessmentId, Collection<Long> criterionIds);

    boolean existsByIdAndAssessmentIdAndCriterionId(long id, long assessmentId, long criterionId);
}

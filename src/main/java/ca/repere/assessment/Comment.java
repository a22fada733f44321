package ca.repere.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team member's remark on a criterion, or a reply to one: how a team reaches a consensus. */
@Entity
@Table(name = "assessment_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private Long criterionId;
    private Long parentId;
    private Long authorId;
    private String body;
    private Instant createdAt;

    protected Comment() {}

    Comment(long assessmentId, long criterionId, Long parentId, long authorId, String body, Instant now) {
        this.assessmentId = assessmentId;
        this.criterionId = criterionId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    Long getCriterionId() {
        return criterionId;
    }

    Long getParentId() {
        return parentId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

package ca.repere.assessment;

/** A comment on a criterion, or a reply to the comment {@code parentId}. */
public record NewComment(long criterionId, Long parentId, String body) {}

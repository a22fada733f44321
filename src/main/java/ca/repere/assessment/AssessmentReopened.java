package ca.repere.assessment;

/** A submitted assessment was reopened: results derived from its answers no longer stand. */
public record AssessmentReopened(long organisationId, long assessmentId) {}

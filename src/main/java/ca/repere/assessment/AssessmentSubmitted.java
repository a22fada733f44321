package ca.repere.assessment;

/**
 * An assessment was submitted: its answers are final until it is reopened. Published in the
 * submitting transaction, so listeners that keep results derived from it commit or roll back with it.
 */
public record AssessmentSubmitted(long organisationId, long assessmentId) {}

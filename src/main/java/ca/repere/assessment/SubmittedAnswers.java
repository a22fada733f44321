package ca.repere.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A submitted assessment's ratings, with nothing a person wrote: what results kept for
 * networks and benchmarks are computed from.
 */
public record SubmittedAnswers(
        long assessmentId,
        long organisationId,
        long frameworkVersionId,
        Instant submittedAt,
        Set<Long> pillarIds,
        List<Rating> ratings) {

    public record Rating(long criterionId, boolean applicable, Integer rating) {}
}

package ca.repere.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person asked to answer a pillar because they know that area. */
@Embeddable
record PillarAssignment(
        @Column(name = "pillar_id") Long pillarId,
        @Column(name = "user_id") Long userId) {}

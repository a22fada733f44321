package ca.repere.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of an assessment's life: who started, submitted or reopened it, when, and why. */
@Entity
@Table(name = "assessment_event")
class AssessmentEvent {

    enum Kind {
        STARTED,
        SUBMITTED,
        REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Long userId;
    private String reason;
    private Instant occurredAt;

    protected AssessmentEvent() {}

    AssessmentEvent(long assessmentId, Kind kind, long userId, String reason, Instant now) {
        this.assessmentId = assessmentId;
        this.kind = kind;
        this.userId = userId;
        this.reason = reason;
        this.occurredAt = now;
    }

    Kind getKind() {
        return kind;
    }

    Long getUserId() {
        return userId;
    }

    String getReason() {
        return reason;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}

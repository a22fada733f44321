package ca.repere.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The team's answer to one criterion: whether it applies in their context (and why not), its
 * priority, the rating, what is in place (evidence) and what is missing (notes).
 */
@Entity
@Table(name = "answer")
class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private Long criterionId;
    private Long pillarId;
    private boolean applicable;
    private String notApplicableReason;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private Integer rating;
    private String evidence;
    private String notes;

    /** Copied from the previous assessment and not yet confirmed or changed by anyone. */
    private boolean carriedOver;

    private Long updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected Answer() {}

    Answer(long assessmentId, long criterionId, long pillarId) {
        this.assessmentId = assessmentId;
        this.criterionId = criterionId;
        this.pillarId = pillarId;
        this.applicable = true;
        this.priority = Priority.NORMAL;
    }

    /** The content a person edits on the pillar page. */
    record Content(Integer rating, String evidence, String notes) {}

    /** The content a person edits on the scope page. */
    record Applicability(boolean applicable, String notApplicableReason, Priority priority) {}

    Content content() {
        return new Content(rating, evidence, notes);
    }

    Applicability applicability() {
        return new Applicability(applicable, notApplicableReason, priority);
    }

    /** Records new content; confirming a carried-over answer counts as a change even with the same content. */
    boolean update(Content content, boolean confirmCarriedOver, long userId, Instant now) {
        boolean changed = !content.equals(content());
        if (!changed && !(carriedOver && confirmCarriedOver)) {
            return false;
        }
        this.rating = content.rating();
        this.evidence = content.evidence();
        this.notes = content.notes();
        this.carriedOver = false;
        touched(userId, now);
        return true;
    }

    boolean scope(Applicability applicability, long userId, Instant now) {
        Applicability normalised =
                applicability.applicable() ? new Applicability(true, null, applicability.priority()) : applicability;
        if (normalised.equals(applicability())) {
            return false;
        }
        this.applicable = normalised.applicable();
        this.notApplicableReason = normalised.notApplicableReason();
        this.priority = normalised.priority();
        touched(userId, now);
        return true;
    }

    /** Takes the previous assessment's answer, to be confirmed or changed. */
    void carryOver(Answer previous, boolean ratingFitsScale) {
        this.applicable = previous.applicable;
        this.notApplicableReason = previous.notApplicableReason;
        this.priority = previous.priority;
        this.rating = ratingFitsScale ? previous.rating : null;
        this.evidence = previous.evidence;
        this.notes = previous.notes;
        this.carriedOver = true;
    }

    boolean isAnswered() {
        return rating != null;
    }

    boolean isStarted() {
        return rating != null || hasText(evidence) || hasText(notes) || updatedAt != null;
    }

    private void touched(long userId, Instant now) {
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    Long getId() {
        return id;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    Long getCriterionId() {
        return criterionId;
    }

    Long getPillarId() {
        return pillarId;
    }

    boolean isApplicable() {
        return applicable;
    }

    String getNotApplicableReason() {
        return notApplicableReason;
    }

    Priority getPriority() {
        return priority;
    }

    Integer getRating() {
        return rating;
    }

    String getEvidence() {
        return evidence;
    }

    String getNotes() {
        return notes;
    }

    boolean isCarriedOver() {
        return carriedOver;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Answer[" + id + ", criterion " + criterionId + ", v" + version + "]";
    }
}

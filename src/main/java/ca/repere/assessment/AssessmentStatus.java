package ca.repere.assessment;

/** Draft → submitted → reopened → submitted … Only a submitted assessment is read-only. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    REOPENED;

    public boolean isEditable() {
        return this != SUBMITTED;
    }
}

package ca.repere.assessment;

/**
 * An action the assessment's state does not allow (editing a submitted assessment, submitting
 * with unanswered criteria…). Carries a message key: the page tells the user why, in their language.
 */
public class AssessmentStateException extends RuntimeException {

    private final String messageKey;

    public AssessmentStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

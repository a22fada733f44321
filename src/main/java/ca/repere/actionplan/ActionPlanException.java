package ca.repere.actionplan;

/**
 * A change the action plan's rules refuse (dropping without a reason, an owner from outside the
 * organisation, a version someone else changed meanwhile…). Carries a message key: the page tells
 * the user why, in their language.
 */
public class ActionPlanException extends RuntimeException {

    private final String messageKey;

    public ActionPlanException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

package ca.repere.account;

/**
 * A change the account rules refuse (the last active admin, a role already held, a wrong current
 * password…). Carries a message key, so that the page tells the user why in their language, and
 * the form field it concerns, if any.
 */
class AccountException extends RuntimeException {

    private final String messageKey;
    private final String field;

    AccountException(String messageKey) {
        this(messageKey, null);
    }

    AccountException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    String messageKey() {
        return messageKey;
    }

    /** The form field the refusal is about, or null for the form as a whole. */
    String field() {
        return field;
    }
}

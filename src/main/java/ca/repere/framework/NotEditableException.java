package ca.repere.framework;

/**
 * The version is not (or no longer) in the state the action needs: a draft to edit, publish or
 * delete, a published version to retire. Someone may have published or retired it meanwhile.
 */
class NotEditableException extends RuntimeException {

    private final String messageKey;

    NotEditableException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}

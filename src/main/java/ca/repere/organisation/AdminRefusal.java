package ca.repere.organisation;

/**
 * A change the administration pages refuse: a name another organisation or network already has,
 * or an edit of something someone changed since the form was shown. Carries the message key
 * the page shows, and the form field it concerns (null for the form as a whole).
 */
class AdminRefusal extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final boolean stale;

    private AdminRefusal(String messageKey, String field, boolean stale) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.stale = stale;
    }

    static AdminRefusal duplicateName(String messageKey) {
        return new AdminRefusal(messageKey, "name", false);
    }

    static AdminRefusal stale(String messageKey) {
        return new AdminRefusal(messageKey, null, true);
    }

    static AdminRefusal refused(String messageKey) {
        return new AdminRefusal(messageKey, null, false);
    }

    String messageKey() {
        return messageKey;
    }

    String field() {
        return field;
    }

    boolean isStale() {
        return stale;
    }
}

package ca.repere.framework;

import java.util.List;

/**
 * An edit the library's rules refuse (a code or label already used, a weight out of range…): every
 * reason, each with the form field concerned (null for the whole form) and a message key, so the
 * form comes back with all of them at once and what was typed.
 */
class EditRefusedException extends RuntimeException {

    private final List<Reason> reasons;

    EditRefusedException(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    static EditRefusedException of(String field, String messageKey, Object... arguments) {
        return new EditRefusedException(List.of(new Reason(field, messageKey, arguments)));
    }

    List<Reason> reasons() {
        return reasons;
    }

    record Reason(String field, String messageKey, Object[] arguments) {

        @Override
        public String toString() {
            return field + ": " + messageKey;
        }
    }
}

package ca.repere.account;

import java.nio.charset.StandardCharsets;
import org.springframework.validation.Errors;

/** What a new password must be, wherever it is chosen (invitation, reset, my account, first admin). */
final class Passwords {

    static final int MIN_LENGTH = 12;

    /** bcrypt reads no further than 72 bytes: a longer password would be refused by the encoder. */
    static final int MAX_BYTES = 72;

    private Passwords() {}

    /**
     * Checks a new password and its confirmation, rejecting the fields {@code passwordField} and
     * {@code confirmationField} of the form with a message the person can act on.
     */
    static void check(
            String password, String confirmation, Errors errors, String passwordField, String confirmationField) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(passwordField, "validation.required");
            return;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.rejectValue(passwordField, "validation.password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.rejectValue(passwordField, "validation.password.tooLong", new Object[] {MAX_BYTES}, null);
        } else if (password.isBlank()) {
            errors.rejectValue(passwordField, "validation.password.blank");
        }
        if (!password.equals(confirmation)) {
            errors.rejectValue(confirmationField, "validation.password.mismatch");
        }
    }

    /** The same rules as {@link #check}, for a service that got its password from elsewhere. */
    static boolean acceptable(String password) {
        return password != null
                && !password.isBlank()
                && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}

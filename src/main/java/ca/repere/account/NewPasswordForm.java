package ca.repere.account;

import org.springframework.validation.Errors;

/** A new password chosen through a reset link, typed twice. */
public class NewPasswordForm {

    private String password;
    private String confirmation;

    void validate(Errors errors) {
        Passwords.check(password, confirmation, errors, "password", "confirmation");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

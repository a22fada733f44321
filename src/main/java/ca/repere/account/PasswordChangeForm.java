package ca.repere.account;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.validation.Errors;

/** "My account": a new password, with the current one as proof. Passwords are never sent back to the page. */
public class PasswordChangeForm {

    @NotEmpty(message = "{validation.required}")
    private String currentPassword;

    private String newPassword;
    private String confirmation;

    void validate(Errors errors) {
        Passwords.check(newPassword, confirmation, errors, "newPassword", "confirmation");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

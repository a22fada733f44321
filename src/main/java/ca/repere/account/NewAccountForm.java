package ca.repere.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** Accepting an invitation without an account: the name others will see, and a password, twice. */
public class NewAccountForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    private String password;
    private String confirmation;

    static NewAccountForm named(String displayName) {
        NewAccountForm form = new NewAccountForm();
        form.displayName = displayName;
        return form;
    }

    void validate(Errors errors) {
        Passwords.check(password, confirmation, errors, "password", "confirmation");
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

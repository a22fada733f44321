package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * Whom to invite, in which language to write to them, and to what: a role and, as on
 * {@link GrantForm}, an organisation or network. A lead's form has only the person: staff of
 * their own organisation.
 */
public class InvitationForm {

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.tooLong}")
    private String email;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Language language;

    private Role role;
    private String target = "";

    static InvitationForm in(Language language) {
        InvitationForm form = new InvitationForm();
        form.language = language;
        return form;
    }

    /** The admin's invitation: the role and place chosen; rejects what does not fit. */
    Invitations.NewInvitation toInvitation(Errors errors) {
        if (role == null) {
            errors.rejectValue("role", "validation.required");
            return null;
        }
        if (role == Role.ADMIN) {
            errors.rejectValue("role", "validation.account.adminNotInvited");
            return null;
        }
        Grant grant = GrantForm.grant(role, target, errors);
        return grant == null || errors.hasErrors() ? null : toInvitation(grant);
    }

    Invitations.NewInvitation toInvitation(Grant grant) {
        return new Invitations.NewInvitation(email.strip(), displayName.strip(), language, grant);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}

package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "My account": the name others see, the language Repère speaks. */
public class ProfileForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.tooLong}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Language language;

    static ProfileForm of(AccountService.MyAccount account) {
        ProfileForm form = new ProfileForm();
        form.displayName = account.displayName();
        form.language = account.language();
        return form;
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
}

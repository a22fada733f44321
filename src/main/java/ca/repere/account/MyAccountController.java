package ca.repere.account;

import ca.repere.shared.i18n.LanguageResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": each person's name, language, password and e-mail preferences. */
@Controller
class MyAccountController {

    static final String PATH = "/account";

    /** The former "My preferences" page: its address still works. */
    static final String PREFERENCES = PATH + "/preferences";

    private final AccountService accounts;
    private final LanguageResolver languages;

    MyAccountController(AccountService accounts, LanguageResolver languages) {
        this.accounts = accounts;
        this.languages = languages;
    }

    @GetMapping(PATH)
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        AccountService.MyAccount account = accounts.myAccount(user);
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", ProfileForm.of(account));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordChangeForm());
        }
        model.addAttribute("account", account);
        model.addAttribute("minPasswordLength", Passwords.MIN_LENGTH);
        return "account/account";
    }

    @GetMapping(PREFERENCES)
    String preferences() {
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/profile")
    String saveProfile(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("profile") ProfileForm profile,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return account(user, model);
        }
        accounts.changeProfile(user, profile.getDisplayName(), profile.getLanguage());
        languages.remember(request, response, profile.getLanguage());
        redirect.addFlashAttribute("flashSuccess", "account.profile.saved");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/password")
    String changePassword(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("password") PasswordChangeForm password,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        password.validate(errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(
                        user, password.getCurrentPassword(), password.getNewPassword(), request.getRemoteAddr());
                redirect.addFlashAttribute("flashSuccess", "account.password.saved");
                return "redirect:" + PATH;
            } catch (AccountException refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return account(user, model);
    }

    /** An unchecked box sends nothing: the digest is then off. */
    @PostMapping(PREFERENCES)
    String savePreferences(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean digestEnabled,
            RedirectAttributes redirect) {
        accounts.setDigestEnabled(user, digestEnabled);
        redirect.addFlashAttribute("flashSuccess", "preferences.saved");
        return "redirect:" + PATH;
    }
}

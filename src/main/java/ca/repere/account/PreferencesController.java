package ca.repere.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's own preferences: for now, whether they receive the weekly digest of their actions. */
@Controller
class PreferencesController {

    static final String PATH = "/account/preferences";

    private final AccountService accounts;

    PreferencesController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("digestEnabled", accounts.digestEnabled(user.id()));
        return "account/preferences";
    }

    /** An unchecked box sends nothing: the digest is then off. */
    @PostMapping(PATH)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean digestEnabled,
            RedirectAttributes redirect) {
        accounts.setDigestEnabled(user, digestEnabled);
        redirect.addFlashAttribute("flashSuccess", "preferences.saved");
        return "redirect:" + PATH;
    }
}

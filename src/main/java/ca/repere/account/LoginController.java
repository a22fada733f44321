package ca.repere.account;

import ca.repere.shared.DemoMode;
import ca.repere.shared.web.FormError;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final DemoMode demoMode;

    LoginController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(
            Authentication authentication,
            HttpSession session,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String blocked,
            @RequestParam(required = false) String expired,
            Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object email = session.getAttribute(LoginFailureHandler.EMAIL_ATTRIBUTE);
        session.removeAttribute(LoginFailureHandler.EMAIL_ATTRIBUTE);
        // After an invitation or a password reset, the address to log in with comes as a flash attribute.
        Object invited = model.getAttribute("loginEmail");
        model.addAttribute("email", invited != null ? invited : email == null ? "" : email);
        model.addAttribute("sessionEnded", expired != null);
        if (blocked != null) {
            model.addAttribute("errors", List.of(new FormError("email", "login.error.blocked")));
        } else if (error != null) {
            model.addAttribute("errors", List.of(new FormError("email", "login.error.invalid")));
        }
        if (demoMode.enabled()) {
            model.addAttribute("demoAccounts", DemoMode.ACCOUNTS);
            model.addAttribute("demoPassword", DemoMode.PASSWORD);
        }
        return "account/login";
    }
}

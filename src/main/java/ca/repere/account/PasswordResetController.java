package ca.repere.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot password?": ask for a link, then choose a new password through it. */
@Controller
@RequestMapping(PasswordResetController.PATH)
class PasswordResetController {

    static final String PATH = "/password-reset";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return Passwords.MIN_LENGTH;
    }

    @GetMapping
    String request(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ResetRequestForm());
        }
        return "account/password-reset-request";
    }

    /** The same answer whether the address has an account or not. */
    @PostMapping
    String send(
            @Valid @ModelAttribute("form") ResetRequestForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "account/password-reset-request";
        }
        if (resets.request(form.getEmail(), request.getRemoteAddr()) == PasswordResets.Requested.THROTTLED) {
            errors.rejectValue("email", "passwordReset.throttled");
            return "account/password-reset-request";
        }
        redirect.addFlashAttribute("sentTo", form.getEmail().strip());
        return "redirect:" + PATH + "/sent";
    }

    @GetMapping("/sent")
    String sent(Model model) {
        model.addAttribute("validityMinutes", resets.validity().toMinutes());
        return "account/password-reset-sent";
    }

    @GetMapping("/{token}")
    String choose(@PathVariable String token, HttpServletResponse response, Model model) {
        if (resets.state(token) != PasswordResets.LinkState.USABLE) {
            return unusable(response);
        }
        model.addAttribute("form", new NewPasswordForm());
        model.addAttribute("token", token);
        return "account/password-reset";
    }

    @PostMapping("/{token}")
    String reset(
            @PathVariable String token,
            @ModelAttribute("form") NewPasswordForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (resets.state(token) != PasswordResets.LinkState.USABLE) {
            return unusable(response);
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("token", token);
            return "account/password-reset";
        }
        try {
            String email = resets.reset(token, form.getPassword());
            redirect.addFlashAttribute("loginEmail", email);
            redirect.addFlashAttribute("flashSuccess", "passwordReset.done");
            return "redirect:" + SecurityConfiguration.LOGIN_PAGE;
        } catch (Invitations.InvalidLinkException gone) {
            return unusable(response);
        }
    }

    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "account/password-reset-unusable";
    }
}

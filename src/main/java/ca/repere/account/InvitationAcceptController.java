package ca.repere.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an invitation's link opens. Without an account: choose a name and a password, then log
 * in. With an account: log in (the link leads back here, to {@code /join}) and accept. A link that
 * no longer works says why, with a 410 or 404 status, never a server error.
 */
@Controller
@RequestMapping(InvitationAcceptController.PATH + "/{token}")
class InvitationAcceptController {

    static final String PATH = "/invitations";

    private final Invitations invitations;

    InvitationAcceptController(Invitations invitations) {
        this.invitations = invitations;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return Passwords.MIN_LENGTH;
    }

    @GetMapping
    String open(@PathVariable String token, Authentication authentication, HttpServletResponse response, Model model) {
        Invitations.Link link = invitations.link(token);
        if (!(link instanceof Invitations.Usable usable)) {
            return unusable((Invitations.Unusable) link, response, model);
        }
        CurrentUser signedIn = signedIn(authentication);
        if (signedIn != null && usable.accountExists() && usable.email().equalsIgnoreCase(signedIn.email())) {
            return "redirect:" + PATH + "/{token}/join";
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewAccountForm.named(usable.displayName()));
        }
        return show(token, usable, signedIn, model);
    }

    /** Without an account: the account is made, then the person logs in with their new password. */
    @PostMapping
    String accept(
            @PathVariable String token,
            Authentication authentication,
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Invitations.Link link = invitations.link(token);
        if (!(link instanceof Invitations.Usable usable)) {
            return unusable((Invitations.Unusable) link, response, model);
        }
        CurrentUser signedIn = signedIn(authentication);
        if (usable.accountExists() || signedIn != null) {
            return show(token, usable, signedIn, model);
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return show(token, usable, null, model);
        }
        try {
            String email = invitations.acceptWithNewAccount(token, form.getDisplayName(), form.getPassword());
            redirect.addFlashAttribute("loginEmail", email);
            redirect.addFlashAttribute("flashSuccess", "invitation.accepted.login");
            return "redirect:" + SecurityConfiguration.LOGIN_PAGE;
        } catch (Invitations.InvalidLinkException gone) {
            return unusable(new Invitations.Unusable(Invitations.Unusable.Reason.UNKNOWN), response, model);
        } catch (AccountException refused) {
            return show(token, usable, null, model);
        }
    }

    /** Logged in (the login page brings them back here): accept with the account they have. */
    @GetMapping("/join")
    String confirmJoin(
            @PathVariable String token,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response,
            Model model) {
        Invitations.Link link = invitations.link(token);
        if (!(link instanceof Invitations.Usable usable)) {
            return unusable((Invitations.Unusable) link, response, model);
        }
        return show(token, usable, user, model);
    }

    @PostMapping("/join")
    String join(
            @PathVariable String token,
            @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            Grant joined = invitations.join(token, user);
            redirect.addFlashAttribute("flashSuccess", "invitation.accepted.joined");
            return joined.role() == Role.COORDINATOR
                    ? "redirect:/networks/" + joined.networkId()
                    : "redirect:/organisations/" + joined.organisationId();
        } catch (Invitations.InvalidLinkException gone) {
            Invitations.Link link = invitations.link(token);
            return unusable(
                    link instanceof Invitations.Unusable unusable
                            ? unusable
                            : new Invitations.Unusable(Invitations.Unusable.Reason.UNKNOWN),
                    response,
                    model);
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:" + PATH + "/{token}/join";
        }
    }

    private static String show(String token, Invitations.Usable invitation, CurrentUser signedIn, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation);
        String mode;
        if (invitation.accountDeactivated()) {
            mode = "deactivated";
        } else if (signedIn != null && !invitation.email().equalsIgnoreCase(signedIn.email())) {
            mode = "otherAccount";
            model.addAttribute("signedInEmail", signedIn.email());
        } else if (signedIn != null) {
            mode = "join";
        } else if (invitation.accountExists()) {
            mode = "login";
        } else {
            mode = "newAccount";
        }
        model.addAttribute("mode", mode);
        return "account/invitation";
    }

    private static String unusable(Invitations.Unusable link, HttpServletResponse response, Model model) {
        response.setStatus(
                link.reason() == Invitations.Unusable.Reason.UNKNOWN
                        ? HttpStatus.NOT_FOUND.value()
                        : HttpStatus.GONE.value());
        model.addAttribute("reason", link.reason().name());
        return "account/invitation-unusable";
    }

    private static CurrentUser signedIn(Authentication authentication) {
        return authentication != null
                        && !(authentication instanceof AnonymousAuthenticationToken)
                        && authentication.getPrincipal() instanceof CurrentUser user
                ? user
                : null;
    }
}

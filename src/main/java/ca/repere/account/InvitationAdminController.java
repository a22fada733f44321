package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' invitations: the list by status, the invitation form, resend and revoke. */
@Controller
@RequestMapping(InvitationAdminController.PATH)
class InvitationAdminController {

    static final String PATH = "/admin/invitations";
    private static final String LIST = "redirect:" + PATH;

    private final Invitations invitations;
    private final InvitationQueries queries;
    private final MembershipTargets targets;

    InvitationAdminController(Invitations invitations, InvitationQueries queries, MembershipTargets targets) {
        this.invitations = invitations;
        this.queries = queries;
        this.targets = targets;
    }

    @GetMapping
    String invitations(
            @AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String status, Model model) {
        UserAdministration.requireAdmin(admin);
        InvitationStatus chosen = null;
        for (InvitationStatus candidate : InvitationStatus.values()) {
            if (candidate.name().equals(status)) {
                chosen = candidate;
            }
        }
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", InvitationStatus.values());
        model.addAttribute("invitations", queries.newestFirst(chosen));
        model.addAttribute("maxListed", InvitationQueries.MAX_LISTED);
        return "account/invitations";
    }

    @GetMapping("/new")
    String newInvitation(@AuthenticationPrincipal CurrentUser admin, Locale locale, Model model) {
        UserAdministration.requireAdmin(admin);
        return form(InvitationForm.in(Language.of(locale)), model);
    }

    @PostMapping
    String invite(
            @AuthenticationPrincipal CurrentUser admin,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAdministration.requireAdmin(admin);
        Invitations.NewInvitation invitation = form.toInvitation(errors);
        if (invitation != null && !errors.hasErrors()) {
            try {
                Invitations.Sent sent = invitations.invite(admin, invitation);
                flashSent(redirect, sent, "account.invitation.sent");
                return LIST;
            } catch (AccountException refused) {
                UserAdminController.reject(errors, refused);
            }
        }
        return form(form, model);
    }

    @PostMapping("/{invitationId}/resend")
    String resend(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable long invitationId, RedirectAttributes redirect) {
        try {
            flashSent(redirect, invitations.resend(admin, invitationId), "account.invitation.resent");
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return LIST;
    }

    @PostMapping("/{invitationId}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable long invitationId, RedirectAttributes redirect) {
        try {
            invitations.revoke(admin, invitationId);
            redirect.addFlashAttribute("flashSuccess", "account.invitation.revoked");
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return LIST;
    }

    /** A message that says whether the e-mail left: if not, the admin can send it again. */
    static void flashSent(RedirectAttributes redirect, Invitations.Sent sent, String success) {
        if (sent.mailSent()) {
            redirect.addFlashAttribute("flashSuccess", success);
        } else {
            redirect.addFlashAttribute("flashError", "account.invitation.mailFailed");
        }
    }

    private String form(InvitationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", new Role[] {Role.ORG_STAFF, Role.ORG_LEAD, Role.COORDINATOR});
        model.addAttribute("organisations", targets.organisations());
        model.addAttribute("networks", targets.networks());
        model.addAttribute("languages", Language.values());
        return "account/invite";
    }
}

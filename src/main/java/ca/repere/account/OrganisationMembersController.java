package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
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
 * An organisation's team, for its leads (and admins): members, staff invitations, removal of
 * staff. Linked from the organisation page's members section.
 */
@Controller
@RequestMapping("/organisations/{organisationId}")
class OrganisationMembersController {

    private static final String MEMBERS = "redirect:/organisations/{organisationId}/members";

    private final OrganisationMembers members;
    private final Invitations invitations;

    OrganisationMembersController(OrganisationMembers members, Invitations invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @GetMapping("/members")
    String members(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long organisationId, Locale locale, Model model) {
        return page(user, organisationId, InvitationForm.in(Language.of(locale)), model);
    }

    @PostMapping("/members/invitations")
    String invite(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @Valid @ModelAttribute("form") InvitationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!OrganisationMembers.mayManage(user, organisationId)) {
            throw new AccessDeniedException("members of " + organisationId);
        }
        // Leads invite staff; an admin may also invite a lead from here.
        Grant grant = user.isAdmin() && form.getRole() == Role.ORG_LEAD
                ? Grant.leadOf(organisationId)
                : Grant.staffOf(organisationId);
        if (!errors.hasErrors()) {
            try {
                Invitations.Sent sent = invitations.invite(user, form.toInvitation(grant));
                InvitationAdminController.flashSent(redirect, sent, "account.invitation.sent");
                return MEMBERS;
            } catch (AccountException refused) {
                UserAdminController.reject(errors, refused);
            }
        }
        return page(user, organisationId, form, model);
    }

    @PostMapping("/members/{memberId}/remove")
    String remove(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @PathVariable long memberId,
            RedirectAttributes redirect) {
        try {
            members.removeStaff(user, organisationId, memberId);
            redirect.addFlashAttribute("flashSuccess", "account.members.removed");
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return MEMBERS;
    }

    @PostMapping("/invitations/{invitationId}/resend")
    String resend(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @PathVariable long invitationId,
            RedirectAttributes redirect) {
        try {
            InvitationAdminController.flashSent(
                    redirect, invitations.resend(user, invitationId, organisationId), "account.invitation.resent");
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return MEMBERS;
    }

    @PostMapping("/invitations/{invitationId}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long organisationId,
            @PathVariable long invitationId,
            RedirectAttributes redirect) {
        try {
            invitations.revoke(user, invitationId, organisationId);
            redirect.addFlashAttribute("flashSuccess", "account.invitation.revoked");
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return MEMBERS;
    }

    private String page(CurrentUser user, long organisationId, InvitationForm form, Model model) {
        OrganisationMembers.MembersPage page = members.page(user, organisationId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("languages", Language.values());
        model.addAttribute("isAdmin", user.isAdmin());
        model.addAttribute("self", user.id());
        return "account/members";
    }
}

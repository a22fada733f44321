package ca.repere.account;

import jakarta.validation.Valid;
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

/** The admins' pages on people: the list, a person's page with their roles, and the changes to them. */
@Controller
@RequestMapping(UserAdminController.PATH)
class UserAdminController {

    static final String PATH = "/admin/users";
    private static final String USER = "redirect:" + PATH + "/{userId}";

    private final UserAdministration administration;
    private final MembershipTargets targets;

    UserAdminController(UserAdministration administration, MembershipTargets targets) {
        this.administration = administration;
        this.targets = targets;
    }

    @GetMapping
    String users(
            @AuthenticationPrincipal CurrentUser admin,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        UserAdminView.UserFilter filter = UserAdminView.UserFilter.of(q, role, status);
        model.addAttribute("filter", filter);
        model.addAttribute("result", administration.search(admin, filter, page));
        model.addAttribute("roles", Role.values());
        return "account/users";
    }

    @GetMapping("/{userId}")
    String user(@AuthenticationPrincipal CurrentUser admin, @PathVariable long userId, Model model) {
        model.addAttribute("user", administration.user(admin, userId));
        if (!model.containsAttribute("grant")) {
            model.addAttribute("grant", new GrantForm());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", targets.organisations());
        model.addAttribute("networks", targets.networks());
        model.addAttribute("self", admin.id() == userId);
        return "account/user";
    }

    @PostMapping("/{userId}/memberships")
    String grant(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long userId,
            @Valid @ModelAttribute("grant") GrantForm grant,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UserAdministration.requireAdmin(admin);
        Grant chosen = errors.hasErrors() ? null : grant.toGrant(errors);
        if (chosen != null && !errors.hasErrors()) {
            try {
                administration.grant(admin, userId, chosen);
                redirect.addFlashAttribute("flashSuccess", "account.user.granted");
                return USER;
            } catch (AccountException refused) {
                reject(errors, refused);
            }
        }
        return user(admin, userId, model);
    }

    @PostMapping("/{userId}/memberships/{membershipId}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser admin,
            @PathVariable long userId,
            @PathVariable long membershipId,
            RedirectAttributes redirect) {
        try {
            Grant revoked = administration.revoke(admin, userId, membershipId);
            redirect.addFlashAttribute("flashSuccess", "account.user.revoked");
            if (revoked.role() == Role.ADMIN && admin.id() == userId) {
                // No longer an admin: this page is closed to them now.
                return "redirect:/";
            }
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return USER;
    }

    @PostMapping("/{userId}/deactivate")
    String deactivate(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable long userId, RedirectAttributes redirect) {
        return refusedOrDone(() -> administration.deactivate(admin, userId), "account.user.deactivated", redirect);
    }

    @PostMapping("/{userId}/reactivate")
    String reactivate(
            @AuthenticationPrincipal CurrentUser admin, @PathVariable long userId, RedirectAttributes redirect) {
        return refusedOrDone(() -> administration.reactivate(admin, userId), "account.user.reactivated", redirect);
    }

    private static String refusedOrDone(Runnable change, String success, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (AccountException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return USER;
    }

    static void reject(BindingResult errors, AccountException refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey());
        } else {
            errors.rejectValue(refused.field(), refused.messageKey());
        }
    }
}

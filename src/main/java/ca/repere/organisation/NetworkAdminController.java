package ca.repere.organisation;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
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

/**
 * The admins' network pages: the list, a network with its member organisations (add, and remove
 * after a confirmation page, which works without JavaScript), and one form to create or edit.
 */
@Controller
@RequestMapping("/admin/networks")
class NetworkAdminController {

    private static final String PAGE = "redirect:/admin/networks/{id}";

    /** Where a removal started, to go back there: the network's page or the organisation's. */
    static final String FROM_ORGANISATION = "organisation";

    private final NetworkAdministration administration;
    private final AccountService accounts;

    NetworkAdminController(NetworkAdministration administration, AccountService accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    /** Before any handler, forms with errors included: these pages are for admins only. */
    @ModelAttribute
    void admin(@AuthenticationPrincipal CurrentUser user) {
        Admins.require(user);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("networks", administration.networks(user));
        return "organisation/admin/networks";
    }

    @GetMapping("/new")
    String newNetwork(Model model) {
        return form(new NetworkForm(), null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = administration.create(user, form.getName(), form.getDescription());
                redirect.addAttribute("id", id);
                redirect.addFlashAttribute("flashSuccess", "network.admin.created");
                return PAGE;
            } catch (AdminRefusal refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/{id}")
    String network(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("network", administration.network(user, id).orElseThrow(NotFound::new));
        model.addAttribute("members", administration.members(user, id));
        model.addAttribute("coordinators", accounts.membersOfNetwork(id));
        return "organisation/admin/network";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NetworkAdministration.Editable network =
                administration.network(user, id).orElseThrow(NotFound::new);
        return form(NetworkForm.of(network), network, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") NetworkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        NetworkAdministration.Editable current =
                administration.network(user, id).orElseThrow(NotFound::new);
        if (!errors.hasErrors()) {
            try {
                administration.update(user, id, form.getVersion(), form.getName(), form.getDescription());
                redirect.addFlashAttribute("flashSuccess", "network.admin.saved");
                return PAGE;
            } catch (AdminRefusal refused) {
                if (refused.isStale()) {
                    current = administration.network(user, id).orElseThrow(NotFound::new);
                    model.addAttribute("saved", current);
                    form.setVersion(current.version());
                    errors.reject(refused.messageKey());
                } else {
                    errors.rejectValue(refused.field(), refused.messageKey());
                }
            }
        }
        return form(form, current, model);
    }

    @PostMapping("/{id}/members")
    String addMember(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long organisationId,
            RedirectAttributes redirect) {
        if (organisationId == null) {
            redirect.addFlashAttribute("flashError", "network.admin.members.chooseOne");
        } else if (administration.addMember(user, id, organisationId)) {
            redirect.addFlashAttribute("flashSuccess", "network.admin.members.added");
        } else {
            redirect.addFlashAttribute("flashError", "network.admin.members.already");
        }
        return PAGE;
    }

    /** Asks before removing: a page, not a script, so that it works everywhere. */
    @GetMapping("/{id}/members/{organisationId}/remove")
    String confirmRemoval(
            @PathVariable long id,
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String from,
            Model model) {
        model.addAttribute(
                "removal", administration.removal(user, id, organisationId).orElseThrow(NotFound::new));
        model.addAttribute("fromOrganisation", FROM_ORGANISATION.equals(from));
        return "organisation/admin/remove-member";
    }

    @PostMapping("/{id}/members/{organisationId}/remove")
    String removeMember(
            @PathVariable long id,
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        boolean removed = administration.removeMember(user, id, organisationId);
        redirect.addFlashAttribute(
                removed ? "flashSuccess" : "flashError",
                removed ? "network.admin.members.removed" : "network.admin.members.notMember");
        // Only a fixed choice of pages to go back to: never a URL from the request.
        return FROM_ORGANISATION.equals(from) ? "redirect:/admin/organisations/" + organisationId : PAGE;
    }

    private String form(NetworkForm form, NetworkAdministration.Editable network, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("network", network);
        return "organisation/admin/network-form";
    }
}

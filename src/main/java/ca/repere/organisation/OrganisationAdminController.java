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
 * The admins' organisation pages: the list with its filters, an organisation with its networks
 * and members, and one form to create or edit a profile. A refused form (a name already taken,
 * a profile someone changed meanwhile) comes back with everything typed.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    private static final String PAGE = "redirect:/admin/organisations/{id}";

    private final OrganisationAdministration administration;
    private final NetworkAdministration networks;
    private final AccountService accounts;

    OrganisationAdminController(
            OrganisationAdministration administration, NetworkAdministration networks, AccountService accounts) {
        this.administration = administration;
        this.networks = networks;
        this.accounts = accounts;
    }

    /** Before any handler, forms with errors included: these pages are for admins only. */
    @ModelAttribute
    void admin(@AuthenticationPrincipal CurrentUser user) {
        Admins.require(user);
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, OrganisationFilter filter, Model model) {
        model.addAttribute("organisations", administration.search(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("provinces", Province.values());
        model.addAttribute("sizeBands", SizeBand.values());
        return "organisation/admin/list";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        return form(new OrganisationForm(), null, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = administration.create(user, form.toProfile());
                redirect.addAttribute("id", id);
                redirect.addFlashAttribute("flashSuccess", "organisation.admin.created");
                return PAGE;
            } catch (AdminRefusal refused) {
                errors.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/{id}")
    String organisation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        OrganisationAdministration.Editable organisation =
                administration.organisation(user, id).orElseThrow(NotFound::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("profile", organisation.profile());
        model.addAttribute("networks", administration.networks(user, id));
        model.addAttribute("members", accounts.membersOfOrganisation(id));
        return "organisation/admin/organisation";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        OrganisationAdministration.Editable organisation =
                administration.organisation(user, id).orElseThrow(NotFound::new);
        return form(OrganisationForm.of(organisation), organisation, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        OrganisationAdministration.Editable current =
                administration.organisation(user, id).orElseThrow(NotFound::new);
        if (!errors.hasErrors()) {
            try {
                administration.update(user, id, form.getVersion(), form.toProfile());
                redirect.addFlashAttribute("flashSuccess", "organisation.admin.saved");
                return PAGE;
            } catch (AdminRefusal refused) {
                if (refused.isStale()) {
                    // Someone saved meanwhile: show what is saved now beside what this admin typed;
                    // sending the form again (with the new version) keeps the typed values.
                    current = administration.organisation(user, id).orElseThrow(NotFound::new);
                    model.addAttribute("saved", current.profile());
                    form.setVersion(current.version());
                    errors.reject(refused.messageKey());
                } else {
                    errors.rejectValue(refused.field(), refused.messageKey());
                }
            }
        }
        return form(form, current, model);
    }

    /** Adds the organisation to a network, from the organisation's page. */
    @PostMapping("/{id}/networks")
    String joinNetwork(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long networkId,
            RedirectAttributes redirect) {
        if (networkId == null) {
            redirect.addFlashAttribute("flashError", "organisation.admin.networks.chooseOne");
        } else if (networks.addMember(user, networkId, id)) {
            redirect.addFlashAttribute("flashSuccess", "organisation.admin.networks.added");
        } else {
            redirect.addFlashAttribute("flashError", "network.admin.members.already");
        }
        return PAGE;
    }

    private String form(OrganisationForm form, OrganisationAdministration.Editable organisation, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("provinces", Province.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("serviceAreas", ServiceArea.values());
        return "organisation/admin/form";
    }
}

package ca.repere.organisation;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.Access;
import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's page and a network's page, each for those who belong to it (and admins). */
@Controller
class OrganisationController {

    private final OrganisationDirectory directory;
    private final AccountService accounts;
    private final Access access;

    OrganisationController(OrganisationDirectory directory, AccountService accounts, Access access) {
        this.directory = directory;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireOrganisation(user, id);
        model.addAttribute("organisationId", id);
        model.addAttribute("profile", directory.profile(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("networks", directory.networksOf(id));
        model.addAttribute("members", accounts.membersOfOrganisation(id));
        model.addAttribute("isLead", user.isLeadOf(id));
        model.addAttribute("mayManageMembers", user.isAdmin() || user.isLeadOf(id));
        model.addAttribute("staffMayStart", directory.staffMayStartAssessments(id));
        return "organisation/organisation";
    }

    /** The lead decides whether staff may start self-assessments themselves. */
    @PostMapping("/organisations/{id}/settings")
    String settings(
            @PathVariable long id,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean staffMayStart,
            RedirectAttributes redirect) {
        if (!user.isLeadOf(id)) {
            throw new AccessDeniedException("lead of " + id);
        }
        directory.letStaffStartAssessments(id, staffMayStart);
        redirect.addFlashAttribute("flashSuccess", "organisation.settings.saved");
        return "redirect:/organisations/{id}";
    }

    @GetMapping("/networks/{id}")
    String network(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireNetwork(user, id);
        model.addAttribute("network", directory.network(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("organisations", directory.membersOf(id));
        model.addAttribute("coordinators", accounts.membersOfNetwork(id));
        return "organisation/network";
    }
}

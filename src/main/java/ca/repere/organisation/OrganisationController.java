package ca.repere.organisation;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.Access;
import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

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
        return "organisation/organisation";
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

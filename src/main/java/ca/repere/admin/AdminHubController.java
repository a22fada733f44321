package ca.repere.admin;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.organisation.OrganisationDirectory;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's start page: each part of it, with a count that says what is there. */
@Controller
class AdminHubController {

    private final FrameworkLibrary frameworks;
    private final OrganisationDirectory directory;
    private final AccountService accounts;

    AdminHubController(FrameworkLibrary frameworks, OrganisationDirectory directory, AccountService accounts) {
        this.frameworks = frameworks;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String hub(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("administration");
        }
        List<FrameworkVersionSummary> versions = frameworks.versions(true);
        model.addAttribute(
                "frameworkCount",
                versions.stream()
                        .map(FrameworkVersionSummary::frameworkCode)
                        .distinct()
                        .count());
        model.addAttribute("versionCount", versions.size());
        model.addAttribute("organisationCount", directory.organisationCount());
        model.addAttribute("networkCount", directory.networkCount());
        model.addAttribute("userCount", accounts.userCount());
        model.addAttribute("pendingInvitationCount", accounts.pendingInvitationCount());
        return "admin/hub";
    }
}

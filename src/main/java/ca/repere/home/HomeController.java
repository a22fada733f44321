package ca.repere.home;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.WhatIsDue;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.organisation.OrganisationDirectory;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final OrganisationDirectory directory;
    private final FrameworkLibrary frameworks;
    private final AssessmentQueries assessments;
    private final WhatIsDue whatIsDue;

    HomeController(
            OrganisationDirectory directory,
            FrameworkLibrary frameworks,
            AssessmentQueries assessments,
            WhatIsDue whatIsDue) {
        this.directory = directory;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.whatIsDue = whatIsDue;
    }

    /** One page, with a section for each kind of membership the person holds. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", directory.organisations(user.organisationIds()));
        model.addAttribute("networks", directory.networks(user.networkIds()));
        model.addAttribute("assignedPillars", assessments.assignedPillars(user));
        model.addAttribute(
                "due",
                whatIsDue.forPerson(user).stream()
                        .collect(Collectors.toMap(WhatIsDue.Due::organisationId, Function.identity())));
        if (user.isAdmin()) {
            model.addAttribute("allOrganisations", directory.allOrganisations());
            model.addAttribute("allNetworks", directory.allNetworks());
            model.addAttribute("frameworkVersions", frameworks.versions(true));
        }
        return "home/home";
    }
}

package ca.repere.network;

import ca.repere.account.CurrentUser;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordinators' dashboard of a network. */
@Controller
class NetworkDashboardController {

    private final NetworkDashboard dashboards;

    NetworkDashboardController(NetworkDashboard dashboards) {
        this.dashboards = dashboards;
    }

    /** A filter value that is not one of the choices (a hand-edited URL) is dropped, not an error page. */
    @GetMapping("/networks/{networkId}/dashboard")
    String dashboard(
            @PathVariable long networkId,
            @ModelAttribute("params") DashboardParams params,
            BindingResult ignoredUnknownValues,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("dashboard", dashboards.dashboard(user, networkId, params));
        model.addAttribute("provinces", Province.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("serviceAreas", ServiceArea.values());
        return "network/dashboard";
    }
}

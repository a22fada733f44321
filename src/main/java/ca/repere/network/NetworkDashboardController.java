package ca.repere.network;

import ca.repere.account.CurrentUser;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.web.Downloads;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The coordinators' dashboard of a network. */
@Controller
class NetworkDashboardController {

    private final NetworkDashboard dashboards;
    private final DashboardDownloads downloads;

    NetworkDashboardController(NetworkDashboard dashboards, DashboardDownloads downloads) {
        this.dashboards = dashboards;
        this.downloads = downloads;
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

    /**
     * {@code heatmap.csv}, {@code heatmap.xlsx}, {@code needs.csv} or {@code needs.xlsx}: a table
     * of the dashboard with the page's filters and order, every row of it.
     */
    @GetMapping("/networks/{networkId}/dashboard/{table}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable long networkId,
            @PathVariable String table,
            @PathVariable String format,
            @ModelAttribute("params") DashboardParams params,
            BindingResult ignoredUnknownValues,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        return downloads
                .download(user, networkId, params, table, format, locale)
                .map(file -> Downloads.attachment(file.name(), file.type(), file.body()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

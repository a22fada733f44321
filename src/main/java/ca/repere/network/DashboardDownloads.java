package ca.repere.network;

import ca.repere.account.CurrentUser;
import ca.repere.network.NetworkDashboard.Dashboard;
import ca.repere.shared.web.Dates;
import ca.repere.shared.web.Downloads;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as files. Each is built from {@link NetworkDashboard#dashboard}, the
 * page's own read model: the same permission check, consent rule, filters and order, so a
 * download holds what the page shows, and nothing a second query path could let through.
 */
@Component
class DashboardDownloads {

    private final NetworkDashboard dashboards;
    private final DashboardTables tables;
    private final ExportFiles files;
    private final Dates dates;
    private final Clock clock;

    DashboardDownloads(
            NetworkDashboard dashboards, DashboardTables tables, ExportFiles files, Dates dates, Clock clock) {
        this.dashboards = dashboards;
        this.tables = tables;
        this.files = files;
        this.dates = dates;
        this.clock = clock;
    }

    /** Empty for a table or format this does not know (a hand-typed URL), once the user may see the network. */
    Optional<Download> download(
            CurrentUser user, long networkId, DashboardParams params, String table, String format, Locale locale) {
        Dashboard dashboard = dashboards.dashboard(user, networkId, params);
        ExportTable export = switch (table) {
            case "heatmap" -> tables.heatmap(dashboard, locale);
            case "needs" -> tables.needs(dashboard, locale);
            default -> null;
        };
        if (export == null) {
            return Optional.empty();
        }
        String name = fileName(dashboard, export);
        return switch (format) {
            case "csv" -> Optional.of(new Download(name + ".csv", Downloads.CSV, files.csv(export)));
            case "xlsx" -> Optional.of(new Download(name + ".xlsx", Downloads.XLSX, files.xlsx(export)));
            default -> Optional.empty();
        };
    }

    /** "reseau-demo-where-members-stand-2026-03-12": the network, the table and the day, in the platform's zone. */
    private String fileName(Dashboard dashboard, ExportTable export) {
        String network = Downloads.slug(dashboard.network().name());
        String day = dates.local(clock.instant()).toLocalDate().toString();
        return (network.isEmpty() ? "" : network + "-") + Downloads.slug(export.title()) + "-" + day;
    }

    record Download(String name, MediaType type, byte[] body) {}
}

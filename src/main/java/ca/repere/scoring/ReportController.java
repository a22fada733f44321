package ca.repere.scoring;

import ca.repere.account.CurrentUser;
import ca.repere.shared.pdf.PdfDocuments;
import ca.repere.shared.web.Downloads;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The report page and its downloads, in the reader's language. */
@Controller
@RequestMapping("/organisations/{organisationId}/assessments/{assessmentId}")
class ReportController {

    private final ReportService reports;
    private final PdfDocuments pdf;
    private final ReportCsv csv;
    private final ReportDocx docx;
    private final ObjectProvider<NetworkComparisons> networks;

    ReportController(
            ReportService reports,
            PdfDocuments pdf,
            ReportCsv csv,
            ReportDocx docx,
            ObjectProvider<NetworkComparisons> networks) {
        this.reports = reports;
        this.pdf = pdf;
        this.csv = csv;
        this.docx = docx;
        this.networks = networks;
    }

    @GetMapping("/report")
    String page(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Report report = reports.report(user, organisationId, assessmentId);
        boolean asNetwork = reports.readsAsNetwork(user, organisationId);
        String frameworkCode = reports.frameworkCode(report);
        model.addAttribute("report", report);
        model.addAttribute("interactive", !asNetwork);
        model.addAttribute("asNetwork", asNetwork);
        model.addAttribute("frameworkCode", frameworkCode);
        NetworkComparisons comparisons = networks.getIfAvailable();
        // Feedback and benchmarks are the organisation's to read; a coordinator writes feedback on its own page.
        boolean withNetworkFigures = comparisons != null && !asNetwork;
        model.addAttribute(
                "feedback", withNetworkFigures ? comparisons.feedback(organisationId, assessmentId) : List.of());
        model.addAttribute(
                "benchmarks", withNetworkFigures ? comparisons.benchmarks(organisationId, frameworkCode) : List.of());
        return "scoring/report";
    }

    /** {@code report.pdf}, {@code report.docx} or {@code report.csv}: the same report, downloaded. */
    @GetMapping("/report.{extension}")
    ResponseEntity<byte[]> download(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @PathVariable String extension,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Format format = Format.of(extension);
        Report report = reports.report(user, organisationId, assessmentId);
        byte[] body = switch (format) {
            case PDF -> pdf.render("scoring/report-pdf", Map.of("report", report), locale);
            case DOCX -> docx.render(report, locale);
            case CSV -> csv.render(report, locale);
        };
        String name = report.header().organisationName() + " - "
                + report.header().label() + "." + format.name().toLowerCase(Locale.ROOT);
        return Downloads.attachment(name, format.type, body);
    }

    enum Format {
        PDF(MediaType.APPLICATION_PDF),
        DOCX(Downloads.DOCX),
        CSV(Downloads.CSV);

        final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }

        static Format of(String extension) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

package ca.repere.scoring;

import ca.repere.account.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The report page and its downloads, in the reader's language. */
@Controller
@RequestMapping("/organisations/{organisationId}/assessments/{assessmentId}")
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final ReportPdf pdf;
    private final ReportCsv csv;
    private final ReportDocx docx;

    ReportController(ReportService reports, ReportPdf pdf, ReportCsv csv, ReportDocx docx) {
        this.reports = reports;
        this.pdf = pdf;
        this.csv = csv;
        this.docx = docx;
    }

    @GetMapping("/report")
    String page(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("report", reports.report(user, organisationId, assessmentId));
        return "scoring/report";
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Report report = reports.report(user, organisationId, assessmentId);
        return download(report, "pdf", MediaType.APPLICATION_PDF, pdf.render(report, locale));
    }

    @GetMapping("/report.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Report report = reports.report(user, organisationId, assessmentId);
        return download(report, "csv", CSV, csv.render(report, locale));
    }

    @GetMapping("/report.docx")
    ResponseEntity<byte[]> docx(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale) {
        Report report = reports.report(user, organisationId, assessmentId);
        return download(report, "docx", DOCX, docx.render(report, locale));
    }

    private static ResponseEntity<byte[]> download(Report report, String extension, MediaType type, byte[] body) {
        String name =
                report.header().organisationName() + " - " + report.header().label() + "." + extension;
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}

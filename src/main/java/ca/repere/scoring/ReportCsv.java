package ca.repere.scoring;

import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.shared.web.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every answer of an assessment as CSV (RFC 4180), headers in the reader's language. UTF-8 with
 * a byte-order mark: without it, spreadsheet software opens the file as Latin-1 and mangles
 * every accent.
 */
@Component
class ReportCsv {

    static final String[] COLUMNS = {
        "pillar", "criterionCode", "criterion", "applicable", "notApplicableReason", "priority",
        "rating", "ratingLabel", "evidence", "notes", "lastEditor", "lastEdited"
    };

    private final MessageSource messages;
    private final Dates dates;

    ReportCsv(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    byte[] render(Report report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // before the header, which the printer writes at once
            CSVPrinter csv =
                    CSVFormat.RFC4180.builder().setHeader(headers(locale)).get().print(writer);
            for (Report.PillarResult pillar : report.pillars()) {
                for (CriterionResult result : pillar.criteria()) {
                    csv.printRecord(row(report, result, locale));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String[] headers(Locale locale) {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = messages.getMessage("report.csv." + COLUMNS[i], null, locale);
        }
        return headers;
    }

    private Object[] row(Report report, CriterionResult result, Locale locale) {
        CriterionAnswer answer = result.answer();
        RatingLevelView level = answer.applicable() ? report.level(answer.rating()) : null;
        return new Object[] {
            result.pillar().code(),
            result.criterion().code(),
            result.criterion().text().in(locale),
            messages.getMessage(answer.applicable() ? "report.csv.yes" : "report.csv.no", null, locale),
            answer.applicable() ? "" : answer.notApplicableReason(),
            messages.getMessage("assessment.priority." + answer.priority(), null, locale),
            level == null ? "" : level.value(),
            level == null ? "" : level.label().in(locale),
            answer.evidence(),
            answer.notes(),
            answer.lastEditorName(),
            dates.sortable(answer.lastEditedAt())
        };
    }
}

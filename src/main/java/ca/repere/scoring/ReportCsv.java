package ca.repere.scoring;

import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.shared.web.CsvFiles;
import ca.repere.shared.web.Dates;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every answer of an assessment as CSV ({@link CsvFiles}), headers in the reader's language. */
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
        return CsvFiles.write(headers(locale), rows -> {
            for (Report.PillarResult pillar : report.pillars()) {
                for (CriterionResult result : pillar.criteria()) {
                    rows.add(row(report, result, locale));
                }
            }
        });
    }

    private List<String> headers(Locale locale) {
        return Arrays.stream(COLUMNS)
                .map(column -> messages.getMessage("report.csv." + column, null, locale))
                .toList();
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

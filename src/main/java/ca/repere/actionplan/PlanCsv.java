package ca.repere.actionplan;

import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.shared.web.CsvFiles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The plan as CSV ({@link CsvFiles}), headers in the reader's language. */
@Component
class PlanCsv {

    private static final String[] COLUMNS = {"title", "criteria", "owner", "dueDate", "priority", "status", "overdue"};

    private final MessageSource messages;

    PlanCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ActionPlanView.Plan plan, Locale locale) {
        List<String> headers = Arrays.stream(COLUMNS)
                .map(column -> text("actionplan.csv." + column, locale))
                .toList();
        return CsvFiles.write(headers, rows -> {
            for (ActionSummary action : plan.actions()) {
                rows.add(
                        action.title(),
                        action.criteria().stream()
                                .map(CriterionRef::criterionCode)
                                .collect(Collectors.joining(" ")),
                        action.ownerName(),
                        action.dueDate() == null ? "" : action.dueDate().toString(),
                        text("assessment.priority." + action.priority(), locale),
                        text("actionplan.status." + action.status(), locale),
                        text(action.overdue() ? "actionplan.csv.yes" : "actionplan.csv.no", locale));
            }
        });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package ca.repere.actionplan;

import ca.repere.actionplan.ActionPlanView.ActionSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The plan as CSV (RFC 4180, UTF-8 with a BOM for spreadsheet software), headers in the reader's language. */
@Component
class PlanCsv {

    private static final String[] COLUMNS = {"title", "criteria", "owner", "dueDate", "priority", "status", "overdue"};

    private final MessageSource messages;

    PlanCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ActionPlanView.Plan plan, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // before the header, which the printer writes at once
            String[] headers = new String[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                headers[i] = text("actionplan.csv." + COLUMNS[i], locale);
            }
            CSVPrinter csv =
                    CSVFormat.RFC4180.builder().setHeader(headers).get().print(writer);
            for (ActionSummary action : plan.actions()) {
                csv.printRecord(
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
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package ca.repere.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.Priority;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import ca.repere.support.TestFrameworks;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The plan downloads: the actions the page's filters show, in the reader's language. */
class ActionPlanExportTest extends IntegrationTest {

    @Autowired
    ActionPlanService actions;

    @Test
    void csvHoldsTheFilteredActionsAndParsesBack() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        String title = "Réviser la politique, « plaintes »\navec le conseil";
        actions.create(current, organisation, action(title, Priority.HIGH));
        actions.create(current, organisation, action("Former l’équipe", Priority.LOW));

        MvcTestResult result = mvc.get()
                .uri("/organisations/{o}/actions/export.csv?lang=fr&priority=HIGH", organisation)
                .with(as(lead))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("Action")).isEqualTo(title);
            assertThat(record.get("Critères")).isEqualTo("4.3");
            assertThat(record.get("Priorité")).isEqualTo("Priorité élevée");
            assertThat(record.get("État")).isEqualTo("Prévue");
        });
    }

    @Test
    void pdfListsTheActionsInTheReadersLanguage() throws Exception {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        actions.create(data.current(lead), organisation, action("Former l’équipe", Priority.NORMAL));

        MvcTestResult result = mvc.get()
                .uri("/organisations/{o}/actions/export.pdf?lang=en", organisation)
                .with(as(lead))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Action plan").contains("Former l’équipe").contains("Planned");
        }
        assertThat(mvc.get()
                        .uri("/organisations/{o}/actions/export.pdf", organisation)
                        .with(as(data.user(Grant.leadOf(data.organisation())))))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/organisations/{o}/actions/export.xlsx", organisation)
                        .with(as(lead)))
                .hasStatus(404);
    }

    private static ActionPlanService.NewAction action(String title, Priority priority) {
        return new ActionPlanService.NewAction(
                title,
                null,
                Set.of(new CriterionRef(TestFrameworks.CCR_CLEO, "4.3")),
                null,
                null,
                LocalDate.now().plusMonths(2),
                priority,
                null);
    }
}

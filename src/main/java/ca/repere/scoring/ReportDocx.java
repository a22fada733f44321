package ca.repere.scoring;

import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.Header;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.scoring.Report.PillarResult;
import ca.repere.shared.web.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document an organisation edits into its annual report or a funder's
 * submission: real headings (Word's "Heading 1/2" styles, so its navigation pane and table of
 * contents work), a score table, the strengths and the gaps, in the reader's language.
 */
@Component
class ReportDocx {

    private final MessageSource messages;
    private final Dates dates;

    ReportDocx(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    byte[] render(Report report, Locale locale) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document, locale);
            writer.write(report);
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being written: keeps the language at hand. */
    private final class Writer {

        private final XWPFDocument document;
        private final Locale locale;

        Writer(XWPFDocument document, Locale locale) {
            this.document = document;
            this.locale = locale;
            headingStyle(1);
            headingStyle(2);
        }

        /** A blank document has no styles: declare Word's own heading styles, outline levels included. */
        private void headingStyle(int level) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            CTString name = CTString.Factory.newInstance();
            name.setVal("heading " + level);
            style.setName(name);
            style.addNewQFormat();
            CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
            outline.setVal(BigInteger.valueOf(level - 1));
            style.addNewPPr().setOutlineLvl(outline);
            XWPFStyle xwpfStyle = new XWPFStyle(style);
            xwpfStyle.setType(STStyleType.PARAGRAPH);
            document.createStyles().addStyle(xwpfStyle);
        }

        void write(Report report) {
            Header header = report.header();
            heading(1, text("report.title", header.label()));
            field("report.facts.organisation", header.organisationName());
            field(
                    "report.facts.framework",
                    text("assessment.header.framework", header.frameworkName().in(locale), header.frameworkLabel()));
            field("report.facts.scope", text("assessment.scope." + header.scope()));
            field("report.facts.status", text("assessment.status." + header.status()));
            field("report.facts.started", dates.date(header.createdAt(), locale));
            if (header.submittedAt() != null) {
                field("report.facts.submitted", dates.date(header.submittedAt(), locale));
            }

            heading(2, text("report.scores.title"));
            if (!"SUBMITTED".equals(header.status().name())) {
                paragraph(text("report.scores.provisional"));
            }
            if (report.targeted()) {
                paragraph(text("report.scores.targeted"));
            }
            paragraph(text("report.scores.method", report.maxRating()));
            scoreTable(report);

            heading(2, text("report.strengths.title"));
            criteria(report, report.strengths(), "report.strengths.none");
            heading(2, text("report.gaps.title"));
            if (!report.gaps().isEmpty()) {
                paragraph(text("report.gaps.withoutAction", report.gaps().size()));
            }
            criteria(report, report.gaps(), "report.gaps.none");

            heading(2, text("report.notApplicable.title"));
            if (report.notApplicable().isEmpty()) {
                paragraph(text("report.notApplicable.none"));
            }
            for (CriterionResult result : report.notApplicable()) {
                paragraph(criterionTitle(result));
                field("report.notApplicable.reason", result.answer().notApplicableReason());
            }
        }

        private void scoreTable(Report report) {
            XWPFTable table = document.createTable(report.pillars().size() + 2, 4);
            table.setWidth("100%");
            row(
                    table.getRow(0),
                    true,
                    text("report.table.pillar"),
                    text("report.table.score"),
                    text("report.table.level"),
                    text("report.table.rated"));
            int index = 1;
            for (PillarResult result : report.pillars()) {
                row(
                        table.getRow(index++),
                        false,
                        cells(
                                report,
                                text(
                                        "framework.pillar.heading",
                                        result.pillar().code(),
                                        result.pillar().title().in(locale)),
                                result.score()));
            }
            row(table.getRow(index), true, cells(report, text("report.scores.overall"), report.overall()));
        }

        private String[] cells(Report report, String label, Score score) {
            return new String[] {
                label,
                score.rated() ? text("report.percent", score.percent()) : "—",
                score.rated() ? report.level(score.band()).label().in(locale) : text("report.score.none"),
                text("report.table.ratedOf", score.answered(), score.applicable())
            };
        }

        private void row(XWPFTableRow row, boolean bold, String... cells) {
            for (int i = 0; i < cells.length; i++) {
                XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
                XWPFRun run = paragraph.createRun();
                run.setBold(bold);
                run.setText(cells[i]);
            }
        }

        private void criteria(Report report, List<CriterionResult> results, String noneKey) {
            if (results.isEmpty()) {
                paragraph(text(noneKey));
            }
            for (CriterionResult result : results) {
                CriterionAnswer answer = result.answer();
                XWPFParagraph title = document.createParagraph();
                XWPFRun run = title.createRun();
                run.setBold(true);
                run.setText(criterionTitle(result));
                paragraph(text(
                                "report.criterion.rating",
                                text(
                                        "assessment.pillar.level",
                                        answer.rating(),
                                        report.level(answer.rating()).label().in(locale)))
                        + " · " + text("assessment.priority." + answer.priority()));
                if (answer.evidence() != null) {
                    field("assessment.pillar.evidence", answer.evidence());
                }
                if (answer.notes() != null) {
                    field("assessment.pillar.notes", answer.notes());
                }
            }
        }

        private String criterionTitle(CriterionResult result) {
            return result.criterion().code() + " " + result.criterion().text().in(locale);
        }

        private void heading(int level, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Heading" + level);
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setFontSize(level == 1 ? 18 : 14);
            run.setText(text);
        }

        /** "Label: value", with the colon as the language sets it ("Libellé : valeur" in French). */
        private void field(String labelKey, String value) {
            paragraph(text("report.field", text(labelKey), value));
        }

        private void paragraph(String text) {
            document.createParagraph().createRun().setText(text);
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}

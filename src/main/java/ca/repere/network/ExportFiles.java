package ca.repere.network;

import ca.repere.network.ExportTable.Column;
import ca.repere.network.ExportTable.Kind;
import ca.repere.network.ExportTable.Percent;
import ca.repere.shared.web.CsvFiles;
import ca.repere.shared.web.Dates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.springframework.stereotype.Component;

/**
 * An {@link ExportTable} as CSV or as an Excel workbook. The workbook holds values, not text:
 * numbers in numeric cells, percentages as fractions shown with a percent format (the page's
 * whole percentages, so that the file and the page agree to the digit), dates as dates; its
 * header row is bold, frozen and filterable. It is streamed ({@link SXSSFWorkbook}): a network
 * of thousands of members keeps only a window of rows in memory.
 */
@Component
class ExportFiles {

    /** The page's heatmap colours (repere.css, {@code .heat-0} to {@code .heat-4}), by level value. */
    private static final String[] LEVEL_FILLS = {"F8D7DA", "FDE2C8", "FFF3CD", "D1E7DD", "B7DFC9"};

    private static final int MAX_TEXT_WIDTH = 45;
    private static final int LONG_TEXT_WIDTH = 70;
    private static final int HEADER_WIDTH = 22;
    private static final int NUMBER_HEADER_WIDTH = 14;

    private final Dates dates;

    ExportFiles(Dates dates) {
        this.dates = dates;
    }

    byte[] csv(ExportTable table) {
        List<String> headers = table.columns().stream().map(Column::header).toList();
        return CsvFiles.write(headers, rows -> {
            for (List<Object> row : table.rows()) {
                Object[] values = new Object[row.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = csvValue(row.get(i));
                }
                rows.add(values);
            }
        });
    }

    private Object csvValue(Object value) {
        if (value instanceof Percent percent) {
            return percent.percent();
        }
        if (value instanceof Instant instant) {
            return dates.sortable(instant);
        }
        return value;
    }

    byte[] xlsx(ExportTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            List<Column> columns = table.columns();
            int[] widths = widths(table);
            Row header = sheet.createRow(0);
            int headerLines = 1;
            for (int c = 0; c < columns.size(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                Kind kind = columns.get(c).kind();
                // Over numbers, the title ends where they end.
                cell.setCellStyle(kind == Kind.NUMBER || kind == Kind.PERCENT ? styles.numberHeader : styles.header);
                sheet.setColumnWidth(c, widths[c] * 256 + 512);
                headerLines = Math.max(headerLines, lines(columns.get(c).header(), widths[c]));
            }
            // Spreadsheets do not grow a row to fit wrapped text they did not lay out themselves.
            header.setHeightInPoints(headerLines * sheet.getDefaultRowHeightInPoints());
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                int lines = 1;
                for (int c = 0; c < values.size(); c++) {
                    write(row, c, columns.get(c).kind(), values.get(c), styles);
                    if (columns.get(c).kind() == Kind.LONG_TEXT && values.get(c) != null) {
                        lines = Math.max(lines, lines(values.get(c).toString(), widths[c]));
                    }
                }
                if (lines > 1) {
                    row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
                }
            }
            sheet.createFreezePane(table.frozenColumns(), 1);
            // Printed, as coordinators do for a board meeting: landscape, one page wide, headers on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 1), 0, columns.size() - 1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row row, int column, Kind kind, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value instanceof Percent percent) {
            cell.setCellValue(percent.percent() / 100.0);
            cell.setCellStyle(styles.percent(percent.level()));
        } else if (value instanceof Instant instant) {
            cell.setCellValue(dates.local(instant).truncatedTo(ChronoUnit.SECONDS));
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number);
        } else {
            // Text goes in as text: a string cell is never evaluated, whatever it starts with.
            cell.setCellValue(value.toString());
            cell.setCellStyle(kind == Kind.LONG_TEXT ? styles.wrapped : styles.text);
        }
    }

    /** Lines a wrapped text takes in a column this many characters wide, give or take a word. */
    private static int lines(String text, int width) {
        return Math.max(1, (int) Math.ceil((double) text.length() / width));
    }

    /** Widths in characters: the content's, within bounds; headers wrap rather than widen a column. */
    private static int[] widths(ExportTable table) {
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            Column column = table.columns().get(c);
            int width = Math.min(column.header().length(), HEADER_WIDTH);
            width = switch (column.kind()) {
                case LONG_TEXT -> LONG_TEXT_WIDTH;
                case DATE_TIME -> Math.max(width, 16);
                case NUMBER, PERCENT -> Math.max(Math.min(width, NUMBER_HEADER_WIDTH), 8);
                case TEXT -> {
                    for (List<Object> row : table.rows()) {
                        Object value = row.get(c);
                        width = Math.max(
                                width, value == null ? 0 : value.toString().length());
                    }
                    yield Math.min(width, MAX_TEXT_WIDTH);
                }
            };
            widths[c] = Math.max(width, 6);
        }
        return widths;
    }

    /** Styles are few and shared: a workbook holds at most 64,000 and each costs space. */
    private static final class Styles {

        private final SXSSFWorkbook workbook;
        final CellStyle header;
        final CellStyle numberHeader;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle dateTime;
        final CellStyle number;
        private final Map<Integer, CellStyle> percents = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(BorderStyle.THIN);
            numberHeader = workbook.createCellStyle();
            numberHeader.cloneStyleFrom(header);
            numberHeader.setAlignment(HorizontalAlignment.RIGHT);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            // Top-aligned like the text beside them, which may wrap to several lines.
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            dateTime.setVerticalAlignment(VerticalAlignment.TOP);
        }

        /** The percent format, filled with the level's colour when there is one. */
        CellStyle percent(Integer level) {
            int key = level == null || level < 0 || level >= LEVEL_FILLS.length ? -1 : level;
            return percents.computeIfAbsent(key, ignored -> {
                XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
                style.setVerticalAlignment(VerticalAlignment.TOP);
                if (key >= 0) {
                    style.setFillForegroundColor(new XSSFColor(rgb(LEVEL_FILLS[key])));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return style;
            });
        }

        private static byte[] rgb(String hex) {
            return new byte[] {
                (byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16),
                (byte) Integer.parseInt(hex.substring(4, 6), 16)
            };
        }
    }
}

package ca.repere.network;

import java.util.List;

/**
 * A dashboard table as a download: what the CSV and the XLSX file both hold, so that the two
 * can never disagree. Values are typed by their column: {@link Kind#TEXT} and {@link Kind#LONG_TEXT}
 * hold strings, {@link Kind#NUMBER} integers, {@link Kind#PERCENT} a {@link Percent}, {@link
 * Kind#DATE_TIME} an instant; null is an empty cell.
 */
record ExportTable(String title, int frozenColumns, List<Column> columns, List<List<Object>> rows) {

    record Column(String header, Kind kind) {}

    enum Kind {
        TEXT,
        /** Text that wraps in a wide column (a criterion's wording). */
        LONG_TEXT,
        NUMBER,
        PERCENT,
        DATE_TIME
    }

    /**
     * A whole percentage as the page shows it, and the scale level it stands for when the cell is
     * a score (a spreadsheet colours it as the page does); null level for a plain share.
     */
    record Percent(int percent, Integer level) {}
}

package ca.repere.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV downloads (RFC 4180) as spreadsheet software should open them: UTF-8 with a byte-order
 * mark, without which it reads Latin-1 and mangles every accent; and no text that it would run as
 * a formula. Organisation names, evidence and action titles are typed by users: a cell such as
 * {@code =HYPERLINK("http://…")} or {@code @SUM(…)} would run on the coordinator's machine when the
 * file is opened (CSV injection), so text starting with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, which spreadsheets show as text and most hide. Numbers are
 * written as they are: a negative number is not a formula.
 */
public final class CsvFiles {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFiles() {}

    /** The rows are written by {@code body}, one {@link Rows#add} per record, after {@code headers}. */
    public static byte[] write(List<String> headers, Consumer<Rows> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // before the header, which the printer writes at once
            CSVPrinter csv = CSVFormat.RFC4180
                    .builder()
                    .setHeader(headers.stream().map(CsvFiles::text).toArray(String[]::new))
                    .get()
                    .print(writer);
            body.accept(values -> {
                try {
                    csv.printRecord(Arrays.stream(values).map(CsvFiles::cell));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text made inert for spreadsheets; anything else (numbers, null) as it is. */
    public static Object cell(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    static String text(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Where a renderer adds its records. */
    @FunctionalInterface
    public interface Rows {
        void add(Object... values);
    }
}

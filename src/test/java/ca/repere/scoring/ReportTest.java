package ca.repere.scoring;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentPages;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.assessment.Priority;
import ca.repere.demo.DemoAssessments;
import ca.repere.demo.DemoData;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.scoring.Report.CriterionChange;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.scoring.Report.PillarChange;
import ca.repere.shared.DemoMode;
import ca.repere.support.TestData.User;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The assessment report over real PostgreSQL and MockMvc: its numbers are the scoring core's, its
 * lists follow the documented rules, its comparison finds the right predecessor, its page and
 * downloads say the same thing in either language, only the organisation's people and admins read
 * it, and it costs a fixed number of queries.
 */
class ReportTest extends ReportTestSupport {

    private static final Locale FR = Locale.CANADA_FRENCH;
    private static final Locale EN = Locale.CANADA;
    private static final AtomicInteger NAMES = new AtomicInteger();

    /**
     * Varied ratings on the CCR/CLEO scale (0–4); 1.7 does not apply; 2.2 and 3.1 are high priority.
     * Pillar 1: (4+3+4+2+1+0)/24 = 58 %; pillar 2: 14/20 = 70 %; pillar 3: 10/16 = 62.5 → 63 %;
     * pillar 4: 4/12 = 33 %; overall: (0.58333 + 0.7 + 0.625 + 0.33333) / 4 = 0.56042 → 56 %.
     */
    private static final Map<String, Integer> VARIED = Map.ofEntries(
            entry("1.1", 4),
            entry("1.2", 3),
            entry("1.3", 4),
            entry("1.4", 2),
            entry("1.5", 1),
            entry("1.6", 0),
            entry("2.1", 3),
            entry("2.2", 2),
            entry("2.3", 2),
            entry("2.4", 3),
            entry("2.5", 4),
            entry("3.1", 1),
            entry("3.2", 3),
            entry("3.3", 2),
            entry("3.4", 4),
            entry("4.1", 1),
            entry("4.2", 3),
            entry("4.3", 0));

    private static final String NOT_APPLICABLE_REASON = "Bénévoles seulement, couverts par l’assureur de l’église";
    /** Accents, a comma, quotes and a line break: what a CSV must carry through untouched. */
    private static final String AWKWARD_EVIDENCE =
            "Politique d’accueil, révisée en 2025 ; \"à jour\"\nAffichée à l’entrée — été";

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MessageSource messages;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** An organisation, its lead, and a full CCR/CLEO assessment answered with {@link #VARIED}. */
    private record Varied(long organisation, String organisationName, User lead, long assessment) {}

    private Varied varied() {
        String name = "Maison d’accueil Éole " + NAMES.incrementAndGet() + "-" + System.nanoTime();
        long organisation = data.organisation(name);
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        long assessment = startFull(current, organisation, ccrCleo(), false);
        scope(
                current,
                organisation,
                assessment,
                Map.of("1.7", NOT_APPLICABLE_REASON),
                Map.of("2.2", Priority.HIGH, "3.1", Priority.HIGH));
        answer(current, organisation, assessment, VARIED, -1, Map.of("1.2", AWKWARD_EVIDENCE));
        return new Varied(organisation, name, lead, assessment);
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void reportsOfTheDemoAssessmentsCarryTheScoringCoresNumbersAndThePageShowsThem() {
        new DemoData(directory, accounts).ensurePresent();
        new DemoAssessments(directory, userDetails, service, queries, frameworks).ensurePresent();
        CurrentUser lead = (CurrentUser) userDetails.loadUserByUsername(DemoMode.LEAD.email());
        long organisation = lead.organisationIds().iterator().next();
        Map<String, Long> demo = queries.list(lead, organisation).stream()
                .filter(summary -> summary.label().equals("Bilan annuel 2025")
                        || summary.label().equals("Bilan annuel 2026"))
                .collect(Collectors.toMap(
                        AssessmentPages.Summary::label, AssessmentPages.Summary::id, (first, second) -> first));
        assertThat(demo).containsOnlyKeys("Bilan annuel 2025", "Bilan annuel 2026");

        for (long assessment : demo.values()) {
            Review review = queries.review(lead, organisation, assessment);
            AssessmentScore expected = expectedScore(review);
            Report report = reports.report(lead, organisation, assessment);

            assertThat(report.overall()).isEqualTo(expected.overall());
            assertThat(report.pillars())
                    .extracting(result -> result.pillar().code(), PillarResultScore::of)
                    .containsExactlyElementsOf(expected.pillars().stream()
                            .map(pillar -> tuple(pillar.code(), PillarResultScore.of(pillar.score())))
                            .toList());
            assertThat(scoreTable(page(new User(lead.id(), DemoMode.LEAD.email()), organisation, assessment, "fr")))
                    .isEqualTo(expectedTable(report, expected, FR));
        }

        // Last year's, by hand from DemoAssessments' ratings: pillar 1 is 19/28 = 68 %, pillar 2
        // 13/20 = 65 %, pillar 3 8/16 = 50 %, pillar 4 2/12 = 17 %; overall 0.49881 → 50 %.
        Report lastYear = reports.report(lead, organisation, demo.get("Bilan annuel 2025"));
        assertThat(lastYear.pillars())
                .extracting(
                        result -> result.score().percent(),
                        result -> result.score().band())
                .containsExactly(tuple(68, 3), tuple(65, 3), tuple(50, 2), tuple(17, 1));
        assertThat(lastYear.overall().percent()).isEqualTo(50);
        assertThat(lastYear.overall().band()).isEqualTo(2);
        assertThat(lastYear.overall().answered()).isEqualTo(19);
        assertThat(lastYear.overall().applicable()).isEqualTo(19);
        assertThat(lastYear.overall().completionPercent()).isEqualTo(100);
    }

    /** A pillar's score as compared here: everything a reader sees of it. */
    private record PillarResultScore(Integer percent, Integer band, int answered, int applicable, int completion) {
        static PillarResultScore of(Report.PillarResult result) {
            return of(result.score());
        }

        static PillarResultScore of(Score score) {
            return new PillarResultScore(
                    score.percent(), score.band(), score.answered(), score.applicable(), score.completionPercent());
        }
    }

    @Test
    void notApplicableCriteriaAreLeftOutOfTheScoresNotCountedAsZero() {
        Varied varied = varied();
        CurrentUser lead = data.current(varied.lead());
        Review review = queries.review(lead, varied.organisation(), varied.assessment());
        AssessmentScore expected = expectedScore(review);

        Report report = reports.report(lead, varied.organisation(), varied.assessment());

        assertThat(report.overall()).isEqualTo(expected.overall());
        for (Report.PillarResult pillar : report.pillars()) {
            assertThat(pillar.score())
                    .as("pillar %s", pillar.pillar().code())
                    .isEqualTo(expected.pillar(pillar.pillar().code())
                            .orElseThrow()
                            .score());
        }
        assertThat(report.pillars())
                .extracting(
                        result -> result.pillar().code(),
                        result -> result.score().percent(),
                        result -> result.score().band(),
                        result -> result.score().answered(),
                        result -> result.score().applicable())
                .containsExactly(
                        tuple("1", 58, 2, 6, 6), // 1.7 left out: 14/24, not 14/28 = 50 %
                        tuple("2", 70, 3, 5, 5),
                        tuple("3", 63, 2, 4, 4), // 62.5 % rounds up; band 2.5 counts as the lower level
                        tuple("4", 33, 1, 3, 3));
        assertThat(report.overall().percent()).isEqualTo(56);
        assertThat(report.overall().band()).isEqualTo(2);
        assertThat(report.overall().answered()).isEqualTo(18);
        assertThat(report.overall().applicable()).isEqualTo(18);
        assertThat(report.targeted()).isFalse();

        MvcTestResult fr = page(varied.lead(), varied.organisation(), varied.assessment(), "fr");
        assertThat(scoreTable(fr)).isEqualTo(expectedTable(report, expected, FR));
        assertThat(scoreTable(fr))
                .extracting(row -> row.get(1))
                .containsExactly("58 %", "70 %", "63 %", "33 %", "56 %");
        assertThat(html(fr).selectFirst(".report-overall-value").text()).startsWith("56 % — ");
        assertThat(scoreTable(page(varied.lead(), varied.organisation(), varied.assessment(), "en")))
                .extracting(row -> row.get(1))
                .containsExactly("58%", "70%", "63%", "33%", "56%");
    }

    // ------------------------------------------------------------------ strengths, gaps, not applicable

    @Test
    void strengthsAreTheTopTwoLevelsBestFirstAndGapsTheLowerHalfHighPriorityFirstThenLowest() {
        Varied varied = varied();
        Report report = reports.report(data.current(varied.lead()), varied.organisation(), varied.assessment());

        // 4s then 3s, framework order within a level.
        List<String> strengths = List.of("1.1", "1.3", "2.5", "3.4", "1.2", "2.1", "2.4", "3.2", "4.2");
        // High priority first (3.1 rated 1 before 2.2 rated 2), then 0s, 1s, 2s in framework order.
        List<String> gaps = List.of("3.1", "2.2", "1.6", "4.3", "1.5", "4.1", "1.4", "2.3", "3.3");
        assertThat(codes(report.strengths())).containsExactlyElementsOf(strengths);
        assertThat(report.strengths())
                .extracting(result -> result.score().rating())
                .containsExactly(4, 4, 4, 4, 3, 3, 3, 3, 3);
        assertThat(codes(report.gaps())).containsExactlyElementsOf(gaps);
        assertThat(report.gaps())
                .extracting(result -> result.answer().priority())
                .startsWith(Priority.HIGH, Priority.HIGH, Priority.NORMAL);
        assertThat(codes(report.notApplicable())).containsExactly("1.7");
        assertThat(report.notApplicable().get(0).answer().notApplicableReason()).isEqualTo(NOT_APPLICABLE_REASON);
        assertThat(codes(report.strengths())).doesNotContain("1.7");
        assertThat(codes(report.gaps())).doesNotContain("1.7");

        Document fr = html(page(varied.lead(), varied.organisation(), varied.assessment(), "fr"));
        assertThat(fr.select(".report-strengths .report-criterion .criterion-code")
                        .eachText())
                .containsExactlyElementsOf(strengths);
        assertThat(fr.select(".report-gaps .report-criterion .criterion-code").eachText())
                .containsExactlyElementsOf(gaps);
        assertThat(fr.selectFirst(".report-gaps").text()).contains("9 lacunes sans action.");
        Element notApplicable = fr.selectFirst(".report-not-applicable li");
        assertThat(notApplicable.selectFirst(".criterion-code").text()).isEqualTo("1.7");
        assertThat(notApplicable.text()).contains(NOT_APPLICABLE_REASON);
        // What the team wrote comes with the criterion, line break and all.
        assertThat(fr.select(".report-strengths .report-criterion").get(4).text())
                .contains("Politique d’accueil, révisée en 2025");

        Document en = html(page(varied.lead(), varied.organisation(), varied.assessment(), "en"));
        assertThat(en.selectFirst(".report-gaps").text()).contains("9 gaps without an action.");
        assertThat(en.select(".report-gaps .report-criterion .criterion-code").eachText())
                .containsExactlyElementsOf(gaps);
        assertThat(en.selectFirst(".report-gaps .report-criterion").text()).contains("High priority");
    }

    // ------------------------------------------------------------------ downloads

    @Test
    void pdfIsAnAttachmentWithEmbeddedFontsAndTheScoresInTheReadersLanguage() throws IOException {
        Varied varied = varied();
        Report report = reports.report(data.current(varied.lead()), varied.organisation(), varied.assessment());

        for (Locale locale : List.of(FR, EN)) {
            MvcTestResult result = download(varied, "pdf", locale);
            assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
            assertAttachment(result, varied, report, "pdf");
            byte[] bytes = result.getResponse().getContentAsByteArray();
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String text = normalised(new PDFTextStripper().getText(pdf));
                assertThat(text).as(locale.toString()).contains(varied.organisationName());
                boolean french = locale == FR;
                assertThat(text)
                        .contains((french ? "Rapport — " : "Report — ")
                                + report.header().label())
                        .contains(french ? "Résultats par pilier" : "Scores by pillar")
                        .doesNotContain(french ? "Scores by pillar" : "Résultats par pilier");
                for (Report.PillarResult pillar : report.pillars()) {
                    assertThat(text)
                            .contains(pillar.pillar().title().in(locale))
                            .contains(pillar.score().percent() + (french ? " %" : "%"));
                }
                assertThat(text).contains(french ? "58 %" : "58%", french ? "56 % — " : "56% — ");
                assertThat(text).contains(NOT_APPLICABLE_REASON);

                PDResources resources = pdf.getPage(0).getResources();
                List<COSName> fonts = iterate(resources.getFontNames());
                assertThat(fonts).isNotEmpty();
                for (COSName font : fonts) {
                    assertThat(resources.getFont(font).isEmbedded())
                            .as(
                                    "font %s (%s)",
                                    font.getName(), resources.getFont(font).getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void docxHasTheOrganisationPillarHeadingsAndPercentsInTheReadersLanguage() throws IOException {
        Varied varied = varied();
        Report report = reports.report(data.current(varied.lead()), varied.organisation(), varied.assessment());

        for (Locale locale : List.of(FR, EN)) {
            MvcTestResult result = download(varied, "docx", locale);
            assertThat(result).hasStatusOk().hasContentType(ReportController.Format.DOCX.type);
            assertAttachment(result, varied, report, "docx");
            byte[] bytes = result.getResponse().getContentAsByteArray();
            assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                boolean french = locale == FR;
                assertThat(text)
                        .as(locale.toString())
                        .contains(varied.organisationName())
                        .contains((french ? "Rapport — " : "Report — ")
                                + report.header().label())
                        .contains(french ? "Forces" : "Strengths")
                        .contains(french ? "9 lacunes sans action." : "9 gaps without an action.")
                        .contains(NOT_APPLICABLE_REASON);
                for (Report.PillarResult pillar : report.pillars()) {
                    String heading = pillar.pillar().code() + ". "
                            + pillar.pillar().title().in(locale);
                    String percent = pillar.score().percent() + (french ? " %" : "%");
                    assertThat(text).contains(heading + "\t" + percent);
                }
                assertThat(text).contains((french ? "Global\t56 %" : "Overall\t56%"));
                // Word's own heading styles, so its navigation pane works.
                assertThat(document.getParagraphs())
                        .filteredOn(paragraph -> "Heading1".equals(paragraph.getStyle()))
                        .extracting(paragraph -> paragraph.getText())
                        .containsExactly((french ? "Rapport — " : "Report — ")
                                + report.header().label());
            }
        }
    }

    @Test
    void csvHasABomEveryCriterionInScopeAndHeadersInTheReadersLanguage() throws IOException {
        Varied varied = varied();
        Report report = reports.report(data.current(varied.lead()), varied.organisation(), varied.assessment());

        for (Locale locale : List.of(FR, EN)) {
            MvcTestResult result = download(varied, "csv", locale);
            assertThat(result).hasStatusOk();
            assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/csv")))
                            .isTrue())
                    .satisfies(type -> assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8));
            assertAttachment(result, varied, report, "csv");
            byte[] bytes = result.getResponse().getContentAsByteArray();
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            try (CSVParser parser = CSVParser.parse(
                    text,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get())) {
                List<String> expectedHeaders = Arrays.stream(ReportCsv.COLUMNS)
                        .map(column -> messages.getMessage("report.csv." + column, null, locale))
                        .toList();
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(expectedHeaders);
                assertThat(parser.getHeaderNames())
                        .startsWith(
                                locale == FR ? "Pilier" : "Pillar",
                                locale == FR ? "Code du critère" : "Criterion code");
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).hasSize(19);
                Map<String, CSVRecord> byCode = records.stream()
                        .collect(Collectors.toMap(
                                record -> record.get(expectedHeaders.get(1)),
                                record -> record,
                                (first, second) -> first,
                                LinkedHashMap::new));
                assertThat(byCode.keySet())
                        .containsExactlyElementsOf(ccrCleo().pillars().stream()
                                .flatMap(pillar -> pillar.criteria().stream())
                                .map(CriterionView::code)
                                .toList());

                CSVRecord awkward = byCode.get("1.2");
                assertThat(awkward.get(expectedHeaders.get(8))).isEqualTo(AWKWARD_EVIDENCE);
                assertThat(awkward.get(expectedHeaders.get(6))).isEqualTo("3");
                assertThat(awkward.get(expectedHeaders.get(3))).isEqualTo(locale == FR ? "oui" : "yes");

                CSVRecord notApplicable = byCode.get("1.7");
                assertThat(notApplicable.get(expectedHeaders.get(3))).isEqualTo(locale == FR ? "non" : "no");
                assertThat(notApplicable.get(expectedHeaders.get(4))).isEqualTo(NOT_APPLICABLE_REASON);
                assertThat(notApplicable.get(expectedHeaders.get(6))).isEmpty();

                CSVRecord highPriority = byCode.get("2.2");
                assertThat(highPriority.get(expectedHeaders.get(5)))
                        .isEqualTo(locale == FR ? "Priorité élevée" : "High priority");
                assertThat(highPriority.get(expectedHeaders.get(0))).isEqualTo("2");
                for (Map.Entry<String, Integer> rating : VARIED.entrySet()) {
                    assertThat(byCode.get(rating.getKey()).get(expectedHeaders.get(6)))
                            .as(rating.getKey())
                            .isEqualTo(String.valueOf(rating.getValue()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ change since last time

    @Test
    void comparisonAcrossFrameworkVersionsListsPillarDeltasRatingChangesAndAddedAndRemovedCriteria() {
        long organisation = data.organisation();
        User leadUser = data.user(Grant.leadOf(organisation));
        CurrentUser lead = data.current(leadUser);
        FrameworkVersionView v1 = version("test-framework", "v1");
        FrameworkVersionView v2 = version("test-framework", "v2");

        // v1: A = (2 + 1) / 4 = 75 %; B = 6 × 1 / 12 = 50 %.
        long previous = startFull(lead, organisation, v1, false);
        answer(lead, organisation, previous, Map.of("A.1", 2, "A.2", 1), 1);
        Report first = reports.report(lead, organisation, previous);
        assertThat(first.hasComparison())
                .as("a first-ever assessment has nothing to compare with")
                .isFalse();
        assertThat(html(page(leadUser, organisation, previous, "fr"))
                        .selectFirst(".report-changes")
                        .text())
                .contains("Aucune autoévaluation soumise auparavant sur ce cadre à laquelle comparer.");
        service.submit(lead, organisation, previous);
        assertThat(reports.report(lead, organisation, previous).hasComparison())
                .as("nor once submitted")
                .isFalse();

        // v2, carried over: A.1 2 → 0, A.3 new, rated 2; B.1 1 → 2, B.2 1 → 0, B.3 1 → 2, rest kept.
        // A = (0 + 2) / 4 = 50 % (−25 points); B = 7 / 12 = 58 % (+8 points).
        long next = startFull(lead, organisation, v2, true);
        answer(lead, organisation, next, Map.of("A.1", 0, "A.3", 2, "B.1", 2, "B.2", 0, "B.3", 2), 1);

        Report report = reports.report(lead, organisation, next);

        assertThat(report.hasComparison()).isTrue();
        Report.Comparison comparison = report.comparison();
        assertThat(comparison.previous().id()).isEqualTo(previous);
        assertThat(comparison.previous().frameworkLabel()).isEqualTo("v1");
        assertThat(comparison.previousOverall().percent()).isEqualTo(63); // (0.75 + 0.5) / 2 = 62.5 → 63
        assertThat(report.overall().percent()).isEqualTo(54); // (0.5 + 0.58333) / 2 = 0.54167
        assertThat(comparison.pillars())
                .extracting(
                        PillarChange::code,
                        change -> change.previous().percent(),
                        change -> change.current().percent(),
                        PillarChange::delta)
                .containsExactly(tuple("A", 75, 50, -25), tuple("B", 50, 58, 8));
        assertThat(comparison.criteria())
                .extracting(
                        change -> change.criterion().code(),
                        CriterionChange::previousRating,
                        CriterionChange::rating,
                        CriterionChange::delta)
                .containsExactly(
                        tuple("A.1", 2, 0, -2),
                        tuple("B.1", 1, 2, 1),
                        tuple("B.2", 1, 0, -1),
                        tuple("B.3", 1, 2, 1),
                        tuple("B.4", 1, 1, 0),
                        tuple("B.5", 1, 1, 0),
                        tuple("B.6", 1, 1, 0));
        // Matched by code: the v2 criterion is reported, not v1's.
        assertThat(comparison.criteria().get(0).criterion().id())
                .isEqualTo(v2.pillars().get(0).criteria().get(0).id())
                .isNotEqualTo(v1.pillars().get(0).criteria().get(0).id());
        // On this three-level scale (0–2) the middle level is a gap, not also a strength.
        assertThat(codes(report.strengths())).containsExactly("A.3", "B.1", "B.3");
        assertThat(codes(report.gaps())).containsExactly("A.1", "B.2", "B.4", "B.5", "B.6");
        assertThat(comparison.added()).extracting(CriterionView::code).containsExactly("A.3");
        assertThat(comparison.removed()).extracting(CriterionView::code).containsExactly("A.2");

        Document fr = html(page(leadUser, organisation, next, "fr"));
        Element changes = fr.selectFirst(".report-changes");
        assertThat(changes.text())
                .contains("Comparée à « " + comparison.previous().label() + " » (version v1 du cadre)");
        assertThat(rows(changes.select("table").get(0)))
                .containsExactly(
                        List.of("A. Pilier A", "75 %", "50 %", "-25 points"),
                        List.of("B. Pilier B", "50 %", "58 %", "+8 points"),
                        List.of("Global", "63 %", "54 %", "-9 points"));
        List<List<String>> criteria = rows(changes.select("table").get(1));
        assertThat(criteria.get(0)).containsExactly("A.1 Critère A.1", "2 — Oui", "0 — Non", "↓ baisse de 2 niveaux");
        assertThat(criteria.get(1)).containsExactly("B.1 Critère B.1", "1 — Un peu", "2 — Oui", "↑ hausse de 1 niveau");
        // Only the criteria that moved get a line; the others are counted.
        assertThat(criteria).hasSize(comparison.changed().size()).noneMatch(row -> row.contains("inchangé"));
        assertThat(comparison.unchangedCount()).isPositive();
        assertThat(changes.text())
                .contains(comparison.unchangedCount() + " critères présents dans les deux sont inchangés.");
        assertThat(changes.text())
                .contains("Nouveau dans cette version du cadre A.3 Critère A.3 (nouveau)")
                .contains("Retiré de cette version du cadre A.2 Critère A.2");

        Element en = html(page(leadUser, organisation, next, "en")).selectFirst(".report-changes");
        assertThat(rows(en.select("table").get(1)).get(0)).endsWith("↓ down 2 levels");
        assertThat(en.text())
                .contains("New in this version of the framework A.3 Criterion A.3 (new)")
                .contains("No longer in this version of the framework A.2 Criterion A.2");
    }

    @Test
    void aSubmittedAssessmentComparesWithTheOneSubmittedBeforeItNeverItselfOrALaterOne() {
        long organisation = data.organisation();
        CurrentUser lead = data.current(data.user(Grant.leadOf(organisation)));
        FrameworkVersionView v1 = version("test-framework", "v1");
        long first = submitted(lead, organisation, v1, 0);
        long second = submitted(lead, organisation, v1, 1);
        long third = submitted(lead, organisation, v1, 2);
        long draft = startFull(lead, organisation, v1, false);
        // Another organisation's later submission is none of this one's business.
        long elsewhere = data.organisation();
        submitted(data.current(data.user(Grant.leadOf(elsewhere))), elsewhere, v1, 2);

        assertThat(reports.report(lead, organisation, first).hasComparison()).isFalse();
        assertThat(reports.report(lead, organisation, second)
                        .comparison()
                        .previous()
                        .id())
                .isEqualTo(first);
        Report.Comparison thirdComparison =
                reports.report(lead, organisation, third).comparison();
        assertThat(thirdComparison.previous().id()).isEqualTo(second);
        assertThat(thirdComparison.pillars()).extracting(PillarChange::delta).containsExactly(50, 50);
        assertThat(reports.report(lead, organisation, draft)
                        .comparison()
                        .previous()
                        .id())
                .isEqualTo(third);
        // A different framework has nothing to compare with.
        long ccr = startFull(lead, organisation, ccrCleo(), false);
        assertThat(reports.report(lead, organisation, ccr).hasComparison()).isFalse();
    }

    private long submitted(CurrentUser lead, long organisation, FrameworkVersionView framework, int rating) {
        long assessment = startFull(lead, organisation, framework, false);
        answer(lead, organisation, assessment, Map.of(), rating);
        service.submit(lead, organisation, assessment);
        return assessment;
    }

    // ------------------------------------------------------------------ targeted review

    @Test
    void targetedReviewScoresOnlyItsPillarAndThePageSaysSo() {
        long organisation = data.organisation();
        User leadUser = data.user(Grant.leadOf(organisation));
        CurrentUser lead = data.current(leadUser);
        long assessment = startTargeted(lead, organisation, ccrCleo(), "4");
        answer(lead, organisation, assessment, Map.of("4.1", 1, "4.2", 3, "4.3", 0), -1);

        Report report = reports.report(lead, organisation, assessment);

        assertThat(report.targeted()).isTrue();
        assertThat(report.pillars())
                .extracting(result -> result.pillar().code())
                .containsExactly("4");
        assertThat(report.pillars().get(0).score().percent()).isEqualTo(33); // 4/12
        assertThat(report.overall()).isEqualTo(report.pillars().get(0).score());
        assertThat(report.overall().applicable()).isEqualTo(3);
        assertThat(codes(report.gaps())).containsExactly("4.3", "4.1");
        assertThat(codes(report.strengths())).containsExactly("4.2");

        Document fr = html(page(leadUser, organisation, assessment, "fr"));
        assertThat(fr.selectFirst(".report-targeted").text())
                .isEqualTo(
                        "Un examen ciblé : seuls les piliers examinés sont notés, et le résultat global est le leur.");
        String pillarFour = "4. " + ccrCleo().pillars().get(3).title().fr();
        assertThat(fr.selectFirst(".report-facts").text()).contains("Examen ciblé : " + pillarFour);
        assertThat(fr.selectFirst(".report-facts").text()).contains("Plainte reçue en mars");
        assertThat(scoreTable(fr)).containsExactly(List.of(pillarFour, "33 %"), List.of("Global", "33 %"));

        Document en = html(page(leadUser, organisation, assessment, "en"));
        assertThat(en.selectFirst(".report-targeted").text()).startsWith("A targeted review: only the pillars");

        // A full assessment says nothing of the kind.
        long full = startFull(lead, organisation, ccrCleo(), false);
        assertThat(html(page(leadUser, organisation, full, "fr")).select(".report-targeted"))
                .isEmpty();
    }

    // ------------------------------------------------------------------ access

    @Test
    void theOrganisationsPeopleAndAdminsReadTheReportOthersDoNot() {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));
        User admin = data.user(Grant.admin());
        long other = data.organisation();
        User otherLead = data.user(Grant.leadOf(other));
        User coordinator = data.user(Grant.coordinatorOf(data.network(organisation, other)));
        long assessment = startFull(data.current(lead), organisation, ccrCleo(), false);
        answer(data.current(lead), organisation, assessment, Map.of(), 3);
        long theirs = startFull(data.current(otherLead), other, ccrCleo(), false);
        String base = reportPath(organisation, assessment);
        List<String> paths = List.of(base, base + ".pdf", base + ".docx", base + ".csv");

        for (User reader : List.of(lead, staff, admin)) {
            for (String path : paths) {
                MvcTestResult result = mvc.get().uri(path).with(as(reader)).exchange();
                assertThat(result).as(path).hasStatusOk();
                assertThat(result.getResponse().getContentAsByteArray())
                        .as(path)
                        .hasSizeGreaterThan(500);
            }
        }
        for (User outsider : List.of(otherLead, coordinator)) {
            for (String path : paths) {
                assertThat(mvc.get().uri(path).with(as(outsider))).as(path).hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        for (String path : paths) {
            assertThat(mvc.get().uri(path))
                    .as(path)
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .endsWith("/login");
        }
        for (String suffix : List.of("", ".pdf", ".docx", ".csv")) {
            assertThat(mvc.get()
                            .uri(reportPath(organisation, Long.MAX_VALUE) + suffix)
                            .with(as(lead)))
                    .as("unknown" + suffix)
                    .hasStatus(HttpStatus.NOT_FOUND);
            // Another organisation's assessment under this organisation's address: not found here.
            assertThat(mvc.get().uri(reportPath(organisation, theirs) + suffix).with(as(lead)))
                    .as("theirs" + suffix)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    // ------------------------------------------------------------------ cost

    @Test
    void reportPageCostsTheSameNumberOfStatementsWhateverItsNumberOfCriteria() {
        long organisation = data.organisation();
        User leadUser = data.user(Grant.leadOf(organisation));
        CurrentUser lead = data.current(leadUser);
        long full = startFull(lead, organisation, ccrCleo(), false);
        answer(lead, organisation, full, Map.of(), 2);
        long targeted = startTargeted(lead, organisation, ccrCleo(), "4");
        answer(lead, organisation, targeted, Map.of(), 3);
        // Warm up: framework cache and query plans.
        page(leadUser, organisation, full, "fr");
        page(leadUser, organisation, targeted, "fr");

        long nineteenCriteria = statementsFor(reportPath(organisation, full), leadUser);
        long threeCriteria = statementsFor(reportPath(organisation, targeted), leadUser);

        assertThat(nineteenCriteria).isEqualTo(threeCriteria).isLessThanOrEqualTo(8);
    }

    private long statementsFor(String path, User user) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(mvc.get().uri(path).with(as(user))).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }

    // ------------------------------------------------------------------ helpers

    private MvcTestResult page(User user, long organisation, long assessment, String lang) {
        MvcTestResult result = mvc.get()
                .uri(reportPath(organisation, assessment) + "?lang=" + lang)
                .with(as(user))
                .exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    private MvcTestResult download(Varied varied, String extension, Locale locale) {
        return mvc.get()
                .uri(reportPath(varied.organisation(), varied.assessment()) + "." + extension + "?lang="
                        + locale.getLanguage())
                .with(as(varied.lead()))
                .exchange();
    }

    private static void assertAttachment(MvcTestResult result, Varied varied, Report report, String extension) {
        ContentDisposition disposition =
                ContentDisposition.parse(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename())
                .isEqualTo(varied.organisationName() + " - " + report.header().label() + "." + extension);
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The score table as the page shows it: pillar heading and score, then the overall row. */
    private static List<List<String>> scoreTable(MvcTestResult result) {
        return scoreTable(html(result));
    }

    private static List<List<String>> scoreTable(Document page) {
        Element table = page.selectFirst(".report-scores table.report-table");
        return table.select("tbody tr, tfoot tr").stream()
                .map(row -> List.of(
                        row.selectFirst("th").text(), row.select("td").get(0).text()))
                .toList();
    }

    private static List<List<String>> expectedTable(Report report, AssessmentScore expected, Locale locale) {
        String format = locale == FR ? "%d %%" : "%d%%";
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Report.PillarResult result : report.pillars()) {
            Score score = expected.pillar(result.pillar().code()).orElseThrow().score();
            rows.add(List.of(
                    result.pillar().code() + ". " + result.pillar().title().in(locale),
                    String.format(format, score.percent())));
        }
        rows.add(List.of(
                locale == FR ? "Global" : "Overall",
                String.format(format, expected.overall().percent())));
        return rows;
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tbody tr, tfoot tr").stream()
                .map(row -> row.select("th, td").eachText())
                .toList();
    }

    private static List<String> codes(List<CriterionResult> results) {
        return results.stream().map(result -> result.criterion().code()).toList();
    }

    /** Every run of white space (non-breaking included) as one space: PDF text breaks lines anywhere. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    private static <T> List<T> iterate(Iterable<T> items) {
        List<T> list = new java.util.ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}

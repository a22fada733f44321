package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import ca.repere.account.Grant;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import page and the export download, as admins and everybody else see them. */
class FrameworkFilePagesTest extends IntegrationTest {

    private static final String IMPORT = "/admin/frameworks/import";

    @Test
    void importPageOffersTheFileTheChoiceOfStatusAndTheFormatInBothLanguages() {
        User admin = data.user(Grant.admin());

        assertThat(mvc.get().uri(IMPORT + "?lang=fr").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Importer une version de cadre")
                .contains("enctype=\"multipart/form-data\"")
                .contains("type=\"file\"")
                .containsPattern("1.024 Ko au plus")
                .contains("Un brouillon (recommandé)")
                .satisfies(html -> assertThat(checkedStatus(html)).isEqualTo("DRAFT"))
                .contains("href=\"/admin/frameworks/framework-file.schema.json\"");
        assertThat(mvc.get().uri(IMPORT + "?lang=en").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Import a framework version")
                .contains("1,024 KB at most")
                .contains("Published right away");
    }

    @Test
    void badFileIsShownBackWithEveryProblemAndItsPlaceInTheReadersLanguage() {
        User admin = data.user(Grant.admin());
        int versions = versionCount();

        assertThat(mvc.perform(upload("missing-english.yaml", "PUBLISHED")
                        .with(as(admin))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .hasStatusOk()
                .bodyText()
                .contains("The file missing-english.yaml was not imported: 6 problems")
                .contains("Nothing was imported.")
                .contains("<code>pillars[0].criteria[1].guidance.en</code>")
                .contains("<code>ratingScale[0].label.en</code>")
                .contains("A required value is missing.")
                .contains("data-error-summary")
                .satisfies(html ->
                        assertThat(checkedStatus(html)).as("the choice is kept").isEqualTo("PUBLISHED"));
        assertThat(mvc.perform(upload("missing-english.yaml", "PUBLISHED")
                        .with(as(admin))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")))
                .hasStatusOk()
                .bodyText()
                .contains("Le fichier missing-english.yaml n’a pas été importé : 6 problèmes")
                .contains("<code>pillars[0].outcome.en</code>")
                .contains("Valeur obligatoire manquante.");
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void unreadableFileIsPlacedByLineAndColumn() {
        User admin = data.user(Grant.admin());

        assertThat(mvc.perform(
                        upload("unreadable.yaml", "DRAFT").with(as(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .hasStatusOk()
                .bodyText()
                .contains("1 problem")
                .contains("Whole file")
                .contains(
                        "Line 3, column 8: the file is not readable YAML (while parsing a flow sequence: expected &#39;,&#39; or &#39;]&#39;, but got :)");
    }

    @Test
    void goodFileIsImportedAsADraftAndThePageSaysWhatItBecame() {
        User admin = data.user(Grant.admin());
        String code = TestData.unique("page").toLowerCase();
        byte[] file = ("""
                code: %s
                version: "v1"
                name: { fr: "Cadre importé", en: "Imported framework" }
                description: { fr: "Desc.", en: "Desc." }
                ratingScale:
                  - { value: 0, label: { fr: "Non", en: "No" }, description: { fr: "Rien.", en: "Nothing." } }
                  - { value: 1, label: { fr: "Oui", en: "Yes" }, description: { fr: "Tout.", en: "All." } }
                pillars:
                  - code: "A"
                    title: { fr: "Pilier A", en: "Pillar A" }
                    outcome: { fr: "Résultat A.", en: "Outcome A." }
                    criteria:
                      - { code: "A.1", text: { fr: "Critère A.1", en: "Criterion A.1" } }
                """).formatted(code).getBytes(StandardCharsets.UTF_8);

        MvcTestResult posted = mvc.perform(upload("page.yaml", file, "DRAFT").with(as(admin)));

        assertThat(posted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(IMPORT);
        long version = jdbc.sql("select v.id from framework_version v join framework f on f.id = v.framework_id"
                        + " where f.code = ? and v.status = 'DRAFT'")
                .param(code)
                .query(Long.class)
                .single();
        assertThat(mvc.get()
                        .uri(IMPORT + "?lang=en")
                        .with(as(admin))
                        .flashAttr("importedVersionId", version)
                        .flashAttr("newFramework", true))
                .hasStatusOk()
                .bodyText()
                .contains("New framework imported")
                .contains("Imported framework, version v1 (Draft): 1 pillar, 1 criterion.")
                .contains("It is a draft: review it")
                .contains("href=\"/admin/frameworks/versions/" + version + "/export.yaml\"");
    }

    @Test
    void uploadWithoutAFileOrWithAStatusOtherThanDraftOrPublishedImportsNothing() {
        User admin = data.user(Grant.admin());
        int versions = versionCount();

        assertThat(mvc.perform(multipart(IMPORT)
                        .param("status", "DRAFT")
                        .with(as(admin))
                        .with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a framework file.");
        assertThat(mvc.perform(
                        upload("unreadable.yaml", "RETIRED").with(as(admin)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .hasStatusOk()
                .bodyText()
                .contains("Choose whether the version is a draft or published.")
                .satisfies(html -> assertThat(checkedStatus(html)).isEqualTo("DRAFT"));
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void exportIsAYamlFileNamedAfterTheVersionThatReadsBackAsItself() {
        User admin = data.user(Grant.admin());
        long ccrCleo = testFrameworks.ccrCleo().id();

        MvcTestResult download = mvc.get()
                .uri("/admin/frameworks/versions/{id}/export.yaml", ccrCleo)
                .with(as(admin))
                .exchange();

        assertThat(download)
                .hasStatusOk()
                .hasHeader(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .hasContentType("application/yaml;charset=UTF-8");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("ccr-cleo-2021-2021-02-08.yaml");
        FrameworkFileReader.Result read =
                new FrameworkFileReader().read(download.getResponse().getContentAsByteArray());
        assertThat(read.problems()).isEmpty();
        assertThat(read.file().pillars()).hasSize(4);
        assertThat(read.file().pillars().get(0).title().fr()).isEqualTo("Principes éthiques");
    }

    @Test
    void libraryOffersTheImportAndTheExportOfEveryVersion() {
        long ccrCleo = testFrameworks.ccrCleo().id();
        long pathways = testFrameworks
                .version("p2p-promising-practices-2021", "2021-06")
                .id();

        assertThat(mvc.get().uri("/admin/frameworks?lang=en").with(as(data.user(Grant.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/admin/frameworks/import\"")
                .contains("href=\"/admin/frameworks/versions/" + ccrCleo + "/export.yaml\"")
                .contains("href=\"/admin/frameworks/versions/" + pathways + "/export.yaml\"")
                .contains("aria-label=\"Export version 2021-06 as a YAML file\"");
    }

    @Test
    void exportOfAVersionThatDoesNotExistIsNotFound() {
        assertThat(mvc.get()
                        .uri("/admin/frameworks/versions/{id}/export.yaml", Long.MAX_VALUE)
                        .with(as(data.user(Grant.admin()))))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void schemaIsOfferedToAdminsAsJson() throws Exception {
        MvcTestResult download = mvc.get()
                .uri("/admin/frameworks/framework-file.schema.json")
                .with(as(data.user(Grant.admin())))
                .exchange();

        assertThat(download).hasStatusOk().hasContentType("application/schema+json;charset=UTF-8");
        JsonNode schema =
                JsonMapper.builder().build().readTree(download.getResponse().getContentAsByteArray());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void leadsStaffAndCoordinatorsGet403OnEveryRouteAndImportNothing() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        long ccrCleo = testFrameworks.ccrCleo().id();
        int versions = versionCount();
        for (User user : new User[] {
            data.user(Grant.leadOf(organisation)),
            data.user(Grant.staffOf(organisation)),
            data.user(Grant.coordinatorOf(network))
        }) {
            assertThat(mvc.get().uri(IMPORT).with(as(user))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.perform(upload("minimal.yaml", "PUBLISHED").with(as(user))))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/admin/frameworks/versions/{id}/export.yaml", ccrCleo)
                            .with(as(user)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/admin/frameworks/framework-file.schema.json")
                            .with(as(user)))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        long ccrCleo = testFrameworks.ccrCleo().id();
        for (String path : new String[] {
            IMPORT,
            "/admin/frameworks/versions/" + ccrCleo + "/export.yaml",
            "/admin/frameworks/framework-file.schema.json"
        }) {
            assertThat(mvc.get().uri(path))
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .endsWith("/login");
        }
        assertThat(mvc.perform(upload("minimal.yaml", "PUBLISHED")))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    /**
     * Over real HTTP, since the limit is the servlet container's: a file past it is turned back
     * to the import page with a message, never a bare error page, and nothing is imported.
     */
    @Test
    void fileOverTheSizeLimitIsTurnedBackWithAMessage() throws Exception {
        User admin = data.user(Grant.admin());
        HttpClient http = HttpClient.newHttpClient();
        String session = HttpSessions.login(http, baseUrl(), admin.email());
        int versions = versionCount();

        for (int size : new int[] {1_100_000, 8_000_000}) {
            HttpResponse<String> response = postFile(http, session, new byte[size]);

            assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith(IMPORT);
            assertThat(get(http, session, IMPORT + "?lang=en").body())
                    .contains("The file sent is larger than allowed: nothing was saved.");
        }
        assertThat(postFile(http, session, sample("missing-english.yaml")).body())
                .as("a file within the limit reaches the page")
                .contains("was not imported");
        assertThat(versionCount()).isEqualTo(versions);
    }

    private HttpResponse<String> postFile(HttpClient http, String session, byte[] content) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get(http, session, IMPORT).body());
        assertThat(token.find()).isTrue();
        String boundary = "----repere-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nDRAFT\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.yaml\"\r\n"
                        + "Content-Type: application/yaml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + IMPORT))
                        .header("Cookie", HttpSessions.COOKIE + "=" + session)
                        .header("Accept-Language", "en")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient http, String session, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Cookie", HttpSessions.COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, String status) {
        return upload(name, sample(name), status);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, String status) {
        MockMultipartHttpServletRequestBuilder request = multipart(IMPORT);
        request.file(new MockMultipartFile("file", name, "application/yaml", content));
        request.param("status", status);
        request.with(csrf());
        return request;
    }

    /** A sample file of src/test/resources/framework-files, good or bad, by its name. */
    private static byte[] sample(String name) {
        return Stream.concat(FrameworkFileSamples.good(), FrameworkFileSamples.bad())
                .filter(sample -> sample.name().equals(name))
                .findFirst()
                .orElseThrow()
                .content();
    }

    private static String checkedStatus(String html) {
        return Jsoup.parse(html).select("input[name=status][checked]").val();
    }

    private int versionCount() {
        return jdbc.sql("select count(*) from framework_version")
                .query(Integer.class)
                .single();
    }
}

package ca.repere.network;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.demo.NetworkGenerator;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** A network larger than a page: the heatmap and the participation table page, and keep the order and filters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagingTest extends IntegrationTest {

    private static final Pattern REPORT = Pattern.compile("/assessments/(\\d+)/report");
    private static final Pattern MEMBER = Pattern.compile("<th scope=\"row\" class=\"fw-normal\">([^<]*)</th>");
    private static final Pattern NEXT = Pattern.compile("<a class=\"page-link\" href=\"([^\"]*)\" rel=\"next\"");

    @Autowired
    NetworkGenerator generator;

    long network;
    TestData.User coordinator;

    @BeforeAll
    void sixtySharingMembers() {
        NetworkGenerator.Settings settings =
                new NetworkGenerator.Settings(TestData.unique("p").toLowerCase(), 60, 1, 100, 5);
        network = generator.generate(settings).networkId();
        coordinator = new TestData.User(
                jdbc.sql("select id from app_user where email = :email")
                        .param("email", settings.coordinatorEmail())
                        .query(Long.class)
                        .single(),
                settings.coordinatorEmail());
    }

    @Test
    void theHeatmapPagesInTheChosenOrderAndItsLinksKeepTheOrder() throws Exception {
        String first = dashboard("/networks/" + network + "/dashboard?lang=en&sort=overall&descending=true");
        List<Long> firstPage = heatmap(first);
        assertThat(firstPage).hasSize(50);
        assertThat(first).contains("Rows 1–50 of 60").contains("Page 1 of 2");

        String next = nextLink(heatmapSection(first));
        assertThat(next)
                .contains("sort=overall")
                .contains("descending=true")
                .contains("heatmapPage=2")
                .contains("participationPage=1");
        List<Long> secondPage = heatmap(dashboard(next + "&lang=en"));
        assertThat(secondPage).hasSize(10);

        List<Long> all = new ArrayList<>(firstPage);
        all.addAll(secondPage);
        assertThat(new HashSet<>(all)).hasSize(60);
        Map<Long, Double> overall = new java.util.HashMap<>();
        jdbc.sql("""
                        select r.assessment_id, r.overall from assessment_result r
                        join network_member m on m.organisation_id = r.organisation_id where m.network_id = :network
                        """)
                .param("network", network)
                .query((row, n) -> overall.put(row.getLong(1), row.getDouble(2)))
                .list();
        assertThat(all.stream().map(overall::get).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .hasSize(60);
    }

    @Test
    void theParticipationTablePagesOnItsOwnAndAPagePastTheEndShowsTheLast() throws Exception {
        String first = dashboard("/networks/" + network + "/dashboard?lang=en");
        String second = dashboard("/networks/" + network + "/dashboard?lang=en&participationPage=2");
        String past = dashboard("/networks/" + network + "/dashboard?lang=en&participationPage=99");

        List<String> firstMembers = members(first);
        List<String> secondMembers = members(second);
        assertThat(firstMembers).hasSize(50);
        assertThat(secondMembers).hasSize(10).doesNotContainAnyElementsOf(firstMembers);
        assertThat(members(past)).isEqualTo(secondMembers);
        // The heatmap stays on its first page, and everyone is still counted, feedback awaited included.
        assertThat(heatmap(second)).hasSize(50);
        assertThat(second)
                .contains("60 member organizations match; 60 of them share")
                .contains("60 shared self-assessments await your feedback.");
        List<String> names =
                jdbc.sql("""
                        select o.name from organisation o join network_member m on m.organisation_id = o.id
                        where m.network_id = :network""").param("network", network).query(String.class).list();
        List<String> shown = new ArrayList<>(firstMembers);
        shown.addAll(secondMembers);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(names);
    }

    private String dashboard(String uri) throws Exception {
        var result = mvc.get().uri(uri).with(as(coordinator)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String heatmapSection(String page) {
        return page.substring(page.indexOf("id=\"heatmap-title\""), page.indexOf("id=\"needs-title\""));
    }

    private static List<Long> heatmap(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher report = REPORT.matcher(heatmapSection(page));
        while (report.find()) {
            ids.add(Long.parseLong(report.group(1)));
        }
        return ids;
    }

    private static List<String> members(String page) {
        List<String> names = new ArrayList<>();
        Matcher member = MEMBER.matcher(page.substring(page.indexOf("id=\"participation-title\"")));
        while (member.find()) {
            names.add(HtmlUtils.htmlUnescape(member.group(1)));
        }
        return names;
    }

    private static String nextLink(String section) {
        Matcher next = NEXT.matcher(section);
        assertThat(next.find()).as("a link to the next page").isTrue();
        return HtmlUtils.htmlUnescape(next.group(1));
    }
}

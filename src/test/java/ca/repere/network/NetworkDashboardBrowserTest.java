package ca.repere.network;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.demo.NetworkGenerator;
import ca.repere.shared.DemoMode;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard as a coordinator sees it in Chromium: a heatmap that reads at a glance, sorts, and leads to reports. */
class NetworkDashboardBrowserTest extends BrowserTest {

    @Autowired
    NetworkGenerator generator;

    @Test
    void heatmapCellsAreColouredByLevelFitTheDesktopPageAndSortByAnyColumn() {
        NetworkGenerator.Settings settings =
                new NetworkGenerator.Settings(TestData.unique("h").toLowerCase(), 12, 2, 100, 11);
        long network = generator.generate(settings).networkId();
        login(page, settings.coordinatorEmail(), DemoMode.PASSWORD);

        page.navigate("/networks/" + network + "/dashboard?lang=en");
        Locator heatmap = page.locator("table.heatmap");
        assertThat(heatmap.locator("tbody tr").count()).isEqualTo(12);

        // Colour repeats the level written in the cell: every level has its own background, not the table's white.
        Locator cells = heatmap.locator("td.heat-cell:not(.heat-none)");
        assertThat(cells.count()).isGreaterThan(0);
        for (int i = 0; i < cells.count(); i++) {
            assertThat(cells.nth(i).evaluate("cell => getComputedStyle(cell).backgroundColor"))
                    .as("background of heatmap cell %s", cells.nth(i).innerText())
                    .isNotIn("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)");
        }
        // The whole table is readable on a desktop screen without scrolling it sideways.
        assertThat(heatmap.evaluate("table => table.parentElement.scrollWidth <= table.parentElement.clientWidth"))
                .as("heatmap fits its container at %d px", DESKTOP_WIDTH)
                .isEqualTo(true);

        // A score column sorts best first, and a second choice of it reverses the order.
        sortBy("Overall");
        assertThat(page.locator("table.heatmap thead th[aria-sort=descending]").innerText())
                .contains("Overall");
        assertThat(overallScores(page))
                .isSortedAccordingTo(Comparator.reverseOrder())
                .hasSize(12);
        sortBy("Overall");
        assertThat(page.locator("table.heatmap thead th[aria-sort=ascending]").innerText())
                .contains("Overall");
        assertThat(overallScores(page)).isSorted().hasSize(12);

        page.locator("table.heatmap tbody th a").first().click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/report");
        screenshot(page, "network-dashboard-report-from-heatmap");
    }

    private void sortBy(String column) {
        page.locator("table.heatmap thead a", new Page.LocatorOptions().setHasText(column))
                .click();
        page.waitForLoadState();
    }

    private static List<Double> overallScores(Page page) {
        return page.locator("table.heatmap tbody tr td:nth-of-type(1) strong").allInnerTexts().stream()
                .map(text -> Double.parseDouble(text.replaceAll("[^0-9]", "")))
                .toList();
    }
}

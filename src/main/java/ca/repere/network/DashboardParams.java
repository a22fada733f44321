package ca.repere.network;

import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;

/**
 * The dashboard's query string: filters, framework, heatmap order, and the page of the heatmap
 * and of the participation table (from 1). Unknown values are ignored.
 */
public record DashboardParams(
        Province province,
        SizeBand sizeBand,
        ServiceArea serviceArea,
        String framework,
        Long version,
        String sort,
        boolean descending,
        Integer heatmapPage,
        Integer participationPage) {

    /** Without paging: the first page of each table. */
    public DashboardParams(
            Province province,
            SizeBand sizeBand,
            ServiceArea serviceArea,
            String framework,
            Long version,
            String sort,
            boolean descending) {
        this(province, sizeBand, serviceArea, framework, version, sort, descending, null, null);
    }

    int heatmapPageIndex() {
        return heatmapPage == null ? 0 : Math.max(0, heatmapPage - 1);
    }

    int participationPageIndex() {
        return participationPage == null ? 0 : Math.max(0, participationPage - 1);
    }
}

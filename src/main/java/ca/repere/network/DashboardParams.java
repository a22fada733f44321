package ca.repere.network;

import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;

/** The dashboard's query string: filters, framework and heatmap order. Unknown values are ignored. */
public record DashboardParams(
        Province province,
        SizeBand sizeBand,
        ServiceArea serviceArea,
        String framework,
        Long version,
        String sort,
        boolean descending) {}

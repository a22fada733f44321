package ca.repere.network;

import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;

/**
 * Which member organisations and results the dashboard counts. Null fields do not filter; the
 * framework is always one (pillars differ between frameworks), any of its versions unless one is chosen.
 */
public record DashboardFilter(
        Province province, SizeBand sizeBand, ServiceArea serviceArea, String frameworkCode, Long frameworkVersionId) {

    /**
     * The members that match, as a SQL condition on {@code organisation o}; its parameters come
     * from {@link #bind}. Nulls are typed so that PostgreSQL accepts an absent filter.
     */
    static final String MEMBERS = """
            (cast(:province as varchar) is null or o.province = :province)
            and (cast(:sizeBand as varchar) is null or o.size_band = :sizeBand)
            and (cast(:serviceArea as varchar) is null or exists (
                 select 1 from organisation_service_area s where s.organisation_id = o.id and s.service_area = :serviceArea))
            """;

    org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
        return statement
                .param("province", province == null ? null : province.name())
                .param("sizeBand", sizeBand == null ? null : sizeBand.name())
                .param("serviceArea", serviceArea == null ? null : serviceArea.name())
                .param("framework", frameworkCode)
                .param("version", frameworkVersionId);
    }
}

package ca.repere.network;

import ca.repere.scoring.NetworkComparisons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the report shows of an organisation's networks: feedback of their coordinators, and the
 * network's quartiles per pillar. A figure is given only when at least {@link #MINIMUM_CONTRIBUTORS}
 * organisations contribute to it, so that no single organisation's result can be read from it;
 * below that the quartiles never leave the database.
 *
 * <p>Each sharing member's latest result is one probe into the index of its results by date
 * ({@code cross join lateral … limit 1}), so a report costs the same whether the network's
 * members hold one result each or ten years of them.
 */
@Service
class NetworkFigures implements NetworkComparisons {

    static final int MINIMUM_CONTRIBUTORS = 5;

    private final JdbcClient jdbc;
    private final NetworkReviews reviews;

    NetworkFigures(JdbcClient jdbc, NetworkReviews reviews) {
        this.jdbc = jdbc;
        this.reviews = reviews;
    }

    @Override
    public List<Feedback> feedback(long organisationId, long assessmentId) {
        return reviews.reviewedFeedback(organisationId, assessmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Benchmark> benchmarks(long organisationId, String frameworkCode) {
        Map<Long, String> networks = new LinkedHashMap<>();
        Map<Long, List<PillarFigures>> figures = new LinkedHashMap<>();
        jdbc.sql("""
                        with mine as (
                            select n.id as network_id, n.name from network_member nm join network n on n.id = nm.network_id
                            where nm.organisation_id = :organisation),
                        latest as (
                            select ns.network_id, r.assessment_id
                            from network_sharing ns
                            cross join lateral (
                                select r.assessment_id from assessment_result r
                                where r.organisation_id = ns.organisation_id and r.framework_code = :framework
                                order by r.submitted_at desc limit 1) r
                            where ns.network_id in (select network_id from mine))
                        select m.network_id, m.name, p.pillar_code, count(p.score) as contributors,
                               case when count(p.score) >= :minimum
                                    then percentile_cont(0.25) within group (order by p.score) end as q1,
                               case when count(p.score) >= :minimum
                                    then percentile_cont(0.5) within group (order by p.score) end as median,
                               case when count(p.score) >= :minimum
                                    then percentile_cont(0.75) within group (order by p.score) end as q3
                        from mine m
                        left join latest l on l.network_id = m.network_id
                        left join pillar_result p on p.assessment_id = l.assessment_id and p.score is not null
                        group by m.network_id, m.name, p.pillar_code
                        order by lower(m.name), m.network_id, p.pillar_code
                        """)
                .param("organisation", organisationId)
                .param("framework", frameworkCode)
                .param("minimum", MINIMUM_CONTRIBUTORS)
                .query(row -> {
                    long network = row.getLong("network_id");
                    networks.put(network, row.getString("name"));
                    List<PillarFigures> pillars = figures.computeIfAbsent(network, id -> new ArrayList<>());
                    String pillar = row.getString("pillar_code");
                    if (pillar != null) {
                        pillars.add(new PillarFigures(
                                pillar,
                                row.getInt("contributors"),
                                (Double) row.getObject("q1"),
                                (Double) row.getObject("median"),
                                (Double) row.getObject("q3")));
                    }
                });
        return networks.entrySet().stream()
                .map(network -> new Benchmark(
                        network.getValue(), MINIMUM_CONTRIBUTORS, figures.getOrDefault(network.getKey(), List.of())))
                .toList();
    }
}

package ca.repere.network;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's SQL: one statement per block whatever the number of members, over the results
 * the scoring module keeps ({@code assessment_result}, {@code pillar_result}, {@code criterion_result})
 * and the assessment, action and review-cycle tables, read here rather than through those modules
 * because a network aggregates thousands of rows that no module API should load one by one.
 * Every statement is restricted to the network's members, and every result to those that share.
 */
@Repository
public class NetworkResults {

    /**
     * The latest shared submitted result per sharing member that matches the filter: one index
     * probe per member ({@code assessment_result (organisation_id, framework_code, submitted_at
     * desc)}), so its cost follows the number of members, not the years of results they hold.
     */
    private static final String LATEST_SHARED = """
            latest as (
                select r.assessment_id, r.organisation_id, r.submitted_at, r.overall
                from network_sharing ns
                join organisation o on o.id = ns.organisation_id
                cross join lateral (
                    select r.assessment_id, r.organisation_id, r.submitted_at, r.overall
                    from assessment_result r
                    where r.organisation_id = ns.organisation_id
                      and r.framework_code = :framework
                      and (cast(:version as bigint) is null or r.framework_version_id = :version)
                    order by r.submitted_at desc
                    limit 1) r
                where ns.network_id = :network
                  and """ + DashboardFilter.MEMBERS + """
                )
            """;

    private final JdbcClient jdbc;

    NetworkResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the matching members (by name) with the state of their self-assessments, no
     * score, shared or not, and whether the latest one they share awaits this network's review;
     * and how many members match, share, and await a review. The members are counted and paged
     * first, so the look-ups per member (latest assessment, actions) run for one page only; the
     * review state is looked up for every sharing member (one index probe each), as it is counted.
     * A page past the end gives the last one.
     */
    ParticipationPage participation(long networkId, DashboardFilter filter, LocalDate today, int page, int size) {
        int[] totals = new int[3];
        List<Participation> rows = new ArrayList<>();
        filter.bind(jdbc.sql("""
                        with members as (
                            select o.id, o.name, o.province, o.size_band, ns.organisation_id is not null as shared,
                                   shared_latest.assessment_id as shared_assessment_id, shared_latest.reviewed_at
                            from network_member nm
                            join organisation o on o.id = nm.organisation_id
                            left join network_sharing ns on ns.network_id = nm.network_id and ns.organisation_id = o.id
                            left join lateral (
                                select r.assessment_id, ar.reviewed_at from assessment_result r
                                left join assessment_review ar on ar.assessment_id = r.assessment_id and ar.network_id = nm.network_id
                                where ns.organisation_id is not null and r.organisation_id = o.id
                                order by r.submitted_at desc limit 1) shared_latest on true
                            where nm.network_id = :network and """ + DashboardFilter.MEMBERS + """
                        ),
                        totals as (
                            select count(*) as members, count(*) filter (where shared) as sharing,
                                   count(*) filter (where shared_assessment_id is not null and reviewed_at is null) as awaiting
                            from members),
                        page as (
                            select m.* from members m
                            order by lower(m.name), m.id
                            limit :size
                            offset (select least(:offset, greatest(t.members - 1, 0) / :size * :size) from totals t))
                        select t.members, t.sharing, t.awaiting, p.id, p.name, p.province, p.size_band, p.shared,
                               latest.status, latest.created_at, submitted.last_submitted_at,
                               coalesce(rc.next_reassessment_on,
                                        cast(submitted.last_submitted_at + interval '1 year' as date)) as reassessment_due,
                               coalesce(actions.open, 0) as open_actions, coalesce(actions.overdue, 0) as overdue_actions,
                               p.shared_assessment_id, p.reviewed_at
                        from totals t
                        left join page p on true
                        left join lateral (
                            select a.status, a.created_at from assessment a
                            where a.organisation_id = p.id order by a.created_at desc limit 1) latest on true
                        left join lateral (
                            select a.submitted_at as last_submitted_at from assessment a
                            where a.organisation_id = p.id and a.status = 'SUBMITTED'
                            order by a.submitted_at desc limit 1) submitted on true
                        left join review_cycle rc on rc.organisation_id = p.id
                        left join lateral (
                            select count(*) as open, count(*) filter (where a.due_date < :today) as overdue
                            from action a where a.organisation_id = p.id and a.status in ('PLANNED', 'IN_PROGRESS')) actions on true
                        order by lower(p.name), p.id
                        """))
                .param("network", networkId)
                .param("today", Date.valueOf(today))
                .param("size", size)
                .param("offset", Math.max(0, page) * size)
                .query((ResultSet row) -> {
                    totals[0] = row.getInt("members");
                    totals[1] = row.getInt("sharing");
                    totals[2] = row.getInt("awaiting");
                    long id = row.getLong("id");
                    if (row.wasNull()) {
                        return;
                    }
                    rows.add(new Participation(
                            id,
                            row.getString("name"),
                            row.getString("province"),
                            row.getString("size_band"),
                            row.getBoolean("shared"),
                            row.getString("status"),
                            instant(row, "created_at"),
                            instant(row, "last_submitted_at"),
                            localDate(row, "reassessment_due"),
                            row.getInt("open_actions"),
                            row.getInt("overdue_actions"),
                            nullableLong(row, "shared_assessment_id"),
                            instant(row, "reviewed_at")));
                });
        return new ParticipationPage(rows, totals[0], totals[1], totals[2]);
    }

    /** Per sharing member, its latest shared submitted result: overall and by pillar code. */
    List<HeatmapRow> heatmap(long networkId, DashboardFilter filter) {
        Map<Long, HeatmapRow> rows = new LinkedHashMap<>();
        filter.bind(jdbc.sql("with " + LATEST_SHARED + """
                        select l.organisation_id, o.name, l.assessment_id, l.submitted_at, l.overall, p.pillar_code, p.score
                        from latest l
                        join organisation o on o.id = l.organisation_id
                        left join pillar_result p on p.assessment_id = l.assessment_id
                        order by lower(o.name), o.id
                        """))
                .param("network", networkId)
                .query((ResultSet row) -> {
                    long organisationId = row.getLong("organisation_id");
                    HeatmapRow heatmapRow = rows.computeIfAbsent(
                            organisationId,
                            id -> sqlRow(() -> new HeatmapRow(
                                    id,
                                    row.getString("name"),
                                    row.getLong("assessment_id"),
                                    instant(row, "submitted_at"),
                                    decimal(row, "overall"),
                                    new LinkedHashMap<>())));
                    String pillar = row.getString("pillar_code");
                    if (pillar != null) {
                        heatmapRow.pillars().put(pillar, decimal(row, "score"));
                    }
                });
        return new ArrayList<>(rows.values());
    }

    /** For each criterion, how many sharing members gave each rating in their latest result. */
    List<RatingCount> ratingCounts(long networkId, DashboardFilter filter) {
        return filter.bind(jdbc.sql("with " + LATEST_SHARED + """
                        select c.pillar_code, c.criterion_code, min(c.position) as position, c.applicable, c.rating,
                               count(*) as organisations
                        from latest l join criterion_result c on c.assessment_id = l.assessment_id
                        group by c.pillar_code, c.criterion_code, c.applicable, c.rating
                        order by position
                        """))
                .param("network", networkId)
                .query((row, n) -> {
                    int rating = row.getInt("rating");
                    return new RatingCount(
                            row.getString("pillar_code"),
                            row.getString("criterion_code"),
                            row.getInt("position"),
                            row.getBoolean("applicable"),
                            row.wasNull() ? null : rating,
                            row.getInt("organisations"));
                })
                .list();
    }

    /**
     * The network's median per pillar and year of submission, each sharing member counted once a
     * year (its last result of that year). It reads every year of every sharing member, so its
     * cost follows members × years (about half the dashboard's SQL time at 1,000 members and ten
     * years); {@code date_part} rather than {@code extract}, whose numeric result costs twice as
     * much per row.
     */
    List<TrendPoint> trend(long networkId, DashboardFilter filter, ZoneId zone) {
        return filter.bind(jdbc.sql("""
                        with dated as (
                            select r.assessment_id, r.organisation_id, r.submitted_at,
                                   cast(date_part('year', r.submitted_at at time zone :zone) as int) as year
                            from assessment_result r
                            join network_sharing ns on ns.organisation_id = r.organisation_id and ns.network_id = :network
                            join organisation o on o.id = r.organisation_id
                            where r.framework_code = :framework
                              and (cast(:version as bigint) is null or r.framework_version_id = :version)
                              and """ + DashboardFilter.MEMBERS + """
                        ),
                        yearly as (
                            select distinct on (d.organisation_id, d.year) d.assessment_id, d.year
                            from dated d
                            order by d.organisation_id, d.year, d.submitted_at desc)
                        select y.year, p.pillar_code,
                               percentile_cont(0.5) within group (order by p.score) as median, count(*) as organisations
                        from yearly y join pillar_result p on p.assessment_id = y.assessment_id
                        where p.score is not null
                        group by y.year, p.pillar_code
                        order by y.year
                        """))
                .param("network", networkId)
                .param("zone", zone.getId())
                .query((row, n) -> new TrendPoint(
                        row.getInt("year"),
                        row.getString("pillar_code"),
                        row.getDouble("median"),
                        row.getInt("organisations")))
                .list();
    }

    /**
     * The frameworks with shared results in this network, those most members share first: what
     * the dashboard can show. An index probe per framework and sharing member, whatever the
     * number of results they hold.
     */
    List<String> frameworkCodes(long networkId) {
        return jdbc.sql("""
                        select f.code from framework f
                        join network_sharing ns on ns.network_id = :network
                        where exists (select 1 from assessment_result r
                                      where r.organisation_id = ns.organisation_id and r.framework_code = f.code)
                        group by f.code order by count(*) desc, f.code
                        """).param("network", networkId).query(String.class).list();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet row, String column) throws SQLException {
        java.math.BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static <T> T sqlRow(SqlSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    public record Participation(
            long organisationId,
            String name,
            String province,
            String sizeBand,
            boolean shared,
            String latestStatus,
            Instant latestStartedAt,
            Instant lastSubmittedAt,
            LocalDate reassessmentDue,
            int openActions,
            int overdueActions,
            Long sharedAssessmentId,
            Instant reviewedAt) {

        /** A shared submitted self-assessment that no coordinator of this network has marked reviewed. */
        public boolean awaitsReview() {
            return sharedAssessmentId != null && reviewedAt == null;
        }
    }

    /**
     * A page of members, and how many members match the filter, how many of them share, and how
     * many of those have a latest shared self-assessment that awaits review.
     */
    public record ParticipationPage(List<Participation> rows, int members, int sharing, int awaitingReview) {}

    public record HeatmapRow(
            long organisationId,
            String name,
            long assessmentId,
            Instant submittedAt,
            Double overall,
            Map<String, Double> pillars) {}

    public record RatingCount(
            String pillarCode,
            String criterionCode,
            int position,
            boolean applicable,
            Integer rating,
            int organisations) {}

    public record TrendPoint(int year, String pillarCode, double median, int organisations) {}
}

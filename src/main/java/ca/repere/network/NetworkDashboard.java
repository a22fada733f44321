package ca.repere.network;

import ca.repere.account.Access;
import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.network.NetworkResults.HeatmapRow;
import ca.repere.network.NetworkResults.Participation;
import ca.repere.network.NetworkResults.ParticipationPage;
import ca.repere.network.NetworkResults.RatingCount;
import ca.repere.network.NetworkResults.TrendPoint;
import ca.repere.organisation.NetworkSummary;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.scoring.RatingScale;
import ca.repere.scoring.Score;
import ca.repere.shared.i18n.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A network's dashboard for its coordinators (and admins): participation of every member, and
 * for members that share, where they stand and where the network can help.
 */
@Service
public class NetworkDashboard {

    /**
     * Rows per page of the participation table and the heatmap: a network of a thousand members
     * would otherwise send a page of megabytes, most of its time spent writing rows nobody reads
     * at once. The support needs and the trend still count every member.
     */
    static final int PAGE_SIZE = 50;

    private final NetworkResults results;
    private final OrganisationDirectory directory;
    private final FrameworkLibrary frameworks;
    private final Access access;
    private final Clock clock;

    NetworkDashboard(
            NetworkResults results,
            OrganisationDirectory directory,
            FrameworkLibrary frameworks,
            Access access,
            Clock clock) {
        this.results = results;
        this.directory = directory;
        this.frameworks = frameworks;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser user, long networkId, DashboardParams params) {
        access.requireNetwork(user, networkId);
        NetworkSummary network =
                directory.network(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> frameworkCodes = results.frameworkCodes(networkId);
        List<FrameworkVersionSummary> versions = frameworks.versions(false);
        String frameworkCode = params.framework() != null && frameworkCodes.contains(params.framework())
                ? params.framework()
                : frameworkCodes.isEmpty() ? null : frameworkCodes.get(0);
        Long versionId = versions.stream()
                .filter(version -> version.id() == (params.version() == null ? -1 : params.version()))
                .filter(version -> version.frameworkCode().equals(frameworkCode))
                .map(FrameworkVersionSummary::id)
                .findFirst()
                .orElse(null);
        DashboardFilter filter = new DashboardFilter(
                params.province(), params.sizeBand(), params.serviceArea(), frameworkCode, versionId);
        LocalDate today = LocalDate.now(clock);
        ParticipationPage participation =
                results.participation(networkId, filter, today, params.participationPageIndex(), PAGE_SIZE);
        Paging participationPaging = Paging.of(params.participationPageIndex(), PAGE_SIZE, participation.members());
        Optional<FrameworkVersionView> titles = titleVersion(versions, frameworkCode, versionId);
        if (frameworkCode == null || titles.isEmpty()) {
            return new Dashboard(
                    network,
                    filter,
                    frameworkNames(versions, frameworkCodes),
                    versionsOf(versions, frameworkCode),
                    participation.rows(),
                    participation.members(),
                    participation.sharing(),
                    participation.awaitingReview(),
                    participationPaging,
                    today,
                    null,
                    List.of(),
                    Paging.of(0, PAGE_SIZE, 0),
                    List.of(),
                    List.of(),
                    params.sort(),
                    params.descending());
        }
        FrameworkVersionView version = titles.get();
        RatingScale scale = new RatingScale(
                version.ratingScale().stream().map(RatingLevelView::value).toList());
        List<HeatmapLine> heatmap = heatmap(results.heatmap(networkId, filter), version, scale, params);
        return new Dashboard(
                network,
                filter,
                frameworkNames(versions, frameworkCodes),
                versionsOf(versions, frameworkCode),
                participation.rows(),
                participation.members(),
                participation.sharing(),
                participation.awaitingReview(),
                participationPaging,
                today,
                version,
                heatmap,
                Paging.of(params.heatmapPageIndex(), PAGE_SIZE, heatmap.size()),
                needs(results.ratingCounts(networkId, filter), version),
                trend(results.trend(networkId, filter, clock.getZone()), version),
                params.sort(),
                params.descending());
    }

    /** Pillar and criterion titles from the chosen version, or the framework's newest one. */
    private Optional<FrameworkVersionView> titleVersion(
            List<FrameworkVersionSummary> versions, String frameworkCode, Long versionId) {
        return versions.stream()
                .filter(version -> version.frameworkCode().equals(frameworkCode))
                .filter(version -> versionId == null || version.id() == versionId)
                .max(Comparator.comparing(
                        FrameworkVersionSummary::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .flatMap(version -> frameworks.version(version.id(), false));
    }

    /**
     * Every sharing member's line, in the order asked for. The rows come ordered by name from the
     * database (its collation, as the participation table), so ordering by name costs nothing and
     * a score order keeps names in order among equal scores. A score's cell is made once per
     * distinct value: scores repeat a lot across a thousand members.
     */
    private static List<HeatmapLine> heatmap(
            List<HeatmapRow> rows, FrameworkVersionView version, RatingScale scale, DashboardParams params) {
        String sort = params.sort() == null ? "name" : params.sort();
        int pillarIndex = pillarIndex(version, sort);
        Comparator<HeatmapLine> order = switch (sort) {
            case "overall" -> byScore(line -> line.overall().value());
            case "submitted" -> Comparator.comparing(HeatmapLine::submittedAt);
            default ->
                pillarIndex < 0
                        ? null
                        : byScore(line -> line.pillars().get(pillarIndex).value());
        };
        Map<Double, Cell> cells = new HashMap<>();
        Function<Double, Cell> cellOf =
                value -> value == null ? NOT_SCORED : cells.computeIfAbsent(value, v -> cell(v, version, scale));
        List<HeatmapLine> lines = new ArrayList<>(rows.size());
        for (HeatmapRow row : rows) {
            lines.add(new HeatmapLine(
                    row.organisationId(),
                    row.name(),
                    row.assessmentId(),
                    row.submittedAt(),
                    cellOf.apply(row.overall()),
                    version.pillars().stream()
                            .map(pillar -> cellOf.apply(row.pillars().get(pillar.code())))
                            .toList()));
        }
        if (order == null) {
            if (params.descending()) {
                Collections.reverse(lines);
            }
        } else {
            lines.sort(params.descending() ? order.reversed() : order);
        }
        return List.copyOf(lines);
    }

    /** Unscored cells last whichever the direction: reversing puts them first, so they sort as lowest. */
    private static Comparator<HeatmapLine> byScore(java.util.function.Function<HeatmapLine, Double> score) {
        return Comparator.comparing(score, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static int pillarIndex(FrameworkVersionView version, String code) {
        for (int i = 0; i < version.pillars().size(); i++) {
            if (version.pillars().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static final Cell NOT_SCORED = new Cell(null, null, null);

    private static Cell cell(double value, FrameworkVersionView version, RatingScale scale) {
        return new Cell(value, Score.percent(value), RatingLevelView.of(version.ratingScale(), scale.band(value)));
    }

    /**
     * Criteria ranked by the share of sharing members rating them in the two lowest levels of
     * the scale (0–1 on the CCR/CLEO scale): where training or model policies would help most.
     */
    private static List<CriterionNeed> needs(List<RatingCount> counts, FrameworkVersionView version) {
        List<Integer> levels = version.ratingScale().stream()
                .map(RatingLevelView::value)
                .sorted()
                .toList();
        int lowUpTo = levels.get(Math.min(1, levels.size() - 1));
        Map<String, CriterionView> criteria = version.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .collect(Collectors.toMap(CriterionView::code, criterion -> criterion));
        Map<String, List<RatingCount>> byCriterion = counts.stream()
                .collect(Collectors.groupingBy(RatingCount::criterionCode, LinkedHashMap::new, Collectors.toList()));
        return byCriterion.entrySet().stream()
                .filter(entry -> criteria.containsKey(entry.getKey()))
                .map(entry -> {
                    Map<Integer, Integer> byRating = new TreeMap<>();
                    levels.forEach(level -> byRating.put(level, 0));
                    int notApplicable = 0;
                    int unrated = 0;
                    for (RatingCount count : entry.getValue()) {
                        if (!count.applicable()) {
                            notApplicable += count.organisations();
                        } else if (count.rating() == null) {
                            unrated += count.organisations();
                        } else {
                            byRating.merge(count.rating(), count.organisations(), Integer::sum);
                        }
                    }
                    int rated = byRating.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    int low = byRating.entrySet().stream()
                            .filter(rating -> rating.getKey() <= lowUpTo)
                            .mapToInt(Map.Entry::getValue)
                            .sum();
                    RatingCount first = entry.getValue().get(0);
                    return new CriterionNeed(
                            first.pillarCode(),
                            entry.getKey(),
                            criteria.get(entry.getKey()).text(),
                            byRating,
                            rated,
                            low,
                            notApplicable + unrated);
                })
                .sorted(Comparator.comparing(CriterionNeed::lowShare)
                        .reversed()
                        .thenComparing(CriterionNeed::low, Comparator.reverseOrder()))
                .toList();
    }

    private static List<TrendYear> trend(List<TrendPoint> points, FrameworkVersionView version) {
        Map<Integer, Map<String, TrendPoint>> byYear = new TreeMap<>();
        points.forEach(point -> byYear.computeIfAbsent(point.year(), year -> new LinkedHashMap<>())
                .put(point.pillarCode(), point));
        return byYear.entrySet().stream()
                .map(year -> new TrendYear(
                        year.getKey(),
                        version.pillars().stream()
                                .map(pillar -> {
                                    TrendPoint point = year.getValue().get(pillar.code());
                                    return point == null
                                            ? new TrendCell(null, 0)
                                            : new TrendCell(Score.percent(point.median()), point.organisations());
                                })
                                .toList()))
                .toList();
    }

    private static Map<String, LocalizedText> frameworkNames(
            List<FrameworkVersionSummary> versions, List<String> codes) {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (String code : codes) {
            versions.stream()
                    .filter(version -> version.frameworkCode().equals(code))
                    .findFirst()
                    .ifPresent(version -> names.put(code, version.frameworkName()));
        }
        return names;
    }

    private static List<FrameworkVersionSummary> versionsOf(List<FrameworkVersionSummary> versions, String code) {
        return versions.stream()
                .filter(version -> version.frameworkCode().equals(code))
                .toList();
    }

    public record Dashboard(
            NetworkSummary network,
            DashboardFilter filter,
            Map<String, LocalizedText> frameworks,
            List<FrameworkVersionSummary> versions,
            List<Participation> participation,
            int memberCount,
            int sharingCount,
            int awaitingReview,
            Paging participationPaging,
            LocalDate today,
            FrameworkVersionView version,
            List<HeatmapLine> heatmap,
            Paging heatmapPaging,
            List<CriterionNeed> needs,
            List<TrendYear> trend,
            String sort,
            boolean descending) {

        /** The heatmap's lines on the page shown; {@link #heatmap()} holds them all, in order. */
        public List<HeatmapLine> heatmapPage() {
            return heatmap.subList(Math.max(0, heatmapPaging.from() - 1), heatmapPaging.to());
        }

        /**
         * This page's link to another page of one table ({@code heatmapPage} or
         * {@code participationPage}): the filters, the order and the other table's page stay.
         */
        public String pageLink(String table, int page) {
            return UriComponentsBuilder.fromPath("/networks/{id}/dashboard")
                    .queryParamIfPresent("framework", Optional.ofNullable(filter.frameworkCode()))
                    .queryParamIfPresent("version", Optional.ofNullable(filter.frameworkVersionId()))
                    .queryParamIfPresent("province", Optional.ofNullable(filter.province()))
                    .queryParamIfPresent("sizeBand", Optional.ofNullable(filter.sizeBand()))
                    .queryParamIfPresent("serviceArea", Optional.ofNullable(filter.serviceArea()))
                    .queryParamIfPresent("sort", Optional.ofNullable(sort))
                    .queryParamIfPresent("descending", Optional.of(true).filter(on -> descending))
                    .queryParam("heatmapPage", table.equals("heatmapPage") ? page : heatmapPaging.number())
                    .queryParam(
                            "participationPage",
                            table.equals("participationPage") ? page : participationPaging.number())
                    .buildAndExpand(network.id())
                    .encode()
                    .toUriString();
        }

        public List<PillarView> pillars() {
            return version == null ? List.of() : version.pillars();
        }
    }

    /** Which page of a table is shown (from 1), of how many rows in all. */
    public record Paging(int number, int size, int total) {

        /** The page asked for (from 0), or the last one when it is past the end. */
        static Paging of(int index, int size, int total) {
            int pages = Math.max(1, (total + size - 1) / size);
            return new Paging(Math.min(Math.max(0, index), pages - 1) + 1, size, total);
        }

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        /** The first row shown, from 1 (0 when there is none). */
        public int from() {
            return total == 0 ? 0 : (number - 1) * size + 1;
        }

        /** The last row shown. */
        public int to() {
            return Math.min(total, number * size);
        }

        public boolean first() {
            return number == 1;
        }

        public boolean last() {
            return number >= pages();
        }
    }

    public record HeatmapLine(
            long organisationId,
            String name,
            long assessmentId,
            Instant submittedAt,
            Cell overall,
            List<Cell> pillars) {

        /** The overall cell, then each pillar's: the heatmap's columns. */
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(pillars.size() + 1);
            cells.add(overall);
            cells.addAll(pillars);
            return cells;
        }
    }

    /** A score as a percentage and the scale level it stands for (shown in words, not only colour). */
    public record Cell(Double value, Integer percent, RatingLevelView band) {

        /**
         * The percentage as text, for the message that adds the sign: a number argument would make
         * the message format build a number format for each of the page's hundreds of cells, and a
         * percentage has no digit grouping in any language.
         */
        public String percentText() {
            return percent == null ? null : percent.toString();
        }

        /** The colour class of the cell's level (the level is also written in the cell). */
        public String cssClass() {
            return band == null ? "heat-none" : "heat-" + band.value();
        }
    }

    public record CriterionNeed(
            String pillarCode,
            String criterionCode,
            LocalizedText text,
            Map<Integer, Integer> byRating,
            int rated,
            int low,
            int notRated) {

        public int lowShare() {
            return rated == 0 ? 0 : Math.round(100f * low / rated);
        }
    }

    public record TrendYear(int year, List<TrendCell> pillars) {}

    public record TrendCell(Integer medianPercent, int organisations) {}
}

package ca.repere.network;

import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.network.ExportTable.Column;
import ca.repere.network.ExportTable.Kind;
import ca.repere.network.ExportTable.Percent;
import ca.repere.network.NetworkDashboard.Cell;
import ca.repere.network.NetworkDashboard.CriterionNeed;
import ca.repere.network.NetworkDashboard.Dashboard;
import ca.repere.network.NetworkDashboard.HeatmapLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's heatmap and criterion distribution as tables to download, built from the very
 * {@link Dashboard} the page shows (same members, consent, filters and order; every row, not a
 * page of them), with headers in the reader's language.
 */
@Component
class DashboardTables {

    private final MessageSource messages;

    DashboardTables(MessageSource messages) {
        this.messages = messages;
    }

    /** Organisation, submitted, overall and each pillar: percentage and level, in the page's order. */
    ExportTable heatmap(Dashboard dashboard, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text("network.dashboard.organisation", locale), Kind.TEXT));
        columns.add(new Column(text("network.dashboard.submitted", locale), Kind.DATE_TIME));
        List<String> scored = new ArrayList<>();
        scored.add(text("network.dashboard.overall", locale));
        for (PillarView pillar : dashboard.pillars()) {
            scored.add(text(
                    "network.dashboard.pillar",
                    locale,
                    pillar.code(),
                    pillar.title().in(locale)));
        }
        for (String name : scored) {
            columns.add(new Column(text("network.export.percentColumn", locale, name), Kind.PERCENT));
            columns.add(new Column(text("network.export.levelColumn", locale, name), Kind.TEXT));
        }
        String notScored = text("network.dashboard.notScored", locale);
        List<List<Object>> rows = new ArrayList<>();
        for (HeatmapLine line : dashboard.heatmap()) {
            List<Object> row = new ArrayList<>();
            row.add(line.name());
            row.add(line.submittedAt());
            addCell(row, line.overall(), notScored, locale);
            line.pillars().forEach(cell -> addCell(row, cell, notScored, locale));
            rows.add(row);
        }
        return new ExportTable(text("network.export.heatmap.sheet", locale), 1, columns, rows);
    }

    /**
     * Criteria as the page ranks them: share and number rated in the two lowest levels, number
     * rated, then how many gave each level (the level's label in the header), then not applicable
     * or not rated.
     */
    ExportTable needs(Dashboard dashboard, Locale locale) {
        List<RatingLevelView> levels =
                dashboard.version() == null ? List.of() : dashboard.version().ratingScale();
        Map<String, PillarView> pillars =
                dashboard.pillars().stream().collect(Collectors.toMap(PillarView::code, Function.identity()));
        String low = text("network.dashboard.low", locale);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(text("network.export.pillar", locale), Kind.TEXT));
        columns.add(new Column(text("network.export.pillarTitle", locale), Kind.TEXT));
        columns.add(new Column(text("network.export.criterionCode", locale), Kind.TEXT));
        columns.add(new Column(text("network.dashboard.criterion", locale), Kind.LONG_TEXT));
        columns.add(new Column(text("network.export.percentColumn", locale, low), Kind.PERCENT));
        columns.add(new Column(text("network.export.countColumn", locale, low), Kind.NUMBER));
        columns.add(new Column(text("network.export.rated", locale), Kind.NUMBER));
        for (RatingLevelView level : levels) {
            columns.add(new Column(
                    text(
                            "network.dashboard.level",
                            locale,
                            level.value(),
                            level.label().in(locale)),
                    Kind.NUMBER));
        }
        columns.add(new Column(text("network.dashboard.notRated", locale), Kind.NUMBER));
        List<List<Object>> rows = new ArrayList<>();
        for (CriterionNeed need : dashboard.needs()) {
            PillarView pillar = pillars.get(need.pillarCode());
            List<Object> row = new ArrayList<>();
            row.add(need.pillarCode());
            row.add(pillar == null ? null : pillar.title().in(locale));
            row.add(need.criterionCode());
            row.add(need.text().in(locale));
            row.add(new Percent(need.lowShare(), null));
            row.add(need.low());
            row.add(need.rated());
            levels.forEach(level -> row.add(need.byRating().getOrDefault(level.value(), 0)));
            row.add(need.notRated());
            rows.add(row);
        }
        return new ExportTable(text("network.export.needs.sheet", locale), 0, columns, rows);
    }

    private static void addCell(List<Object> row, Cell cell, String notScored, Locale locale) {
        if (cell.percent() == null) {
            row.add(null);
            row.add(notScored);
        } else {
            row.add(new Percent(
                    cell.percent(), cell.band() == null ? null : cell.band().value()));
            row.add(cell.band() == null ? null : cell.band().label().in(locale));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A draft flattened to named fields ({@code criterion 2.3 text.en}, {@code pillars order}…), taken
 * before and after an edit: what differs is what the audit trail records, whatever the edit was.
 * Items are named by their code before the edit, so a changed code reads as a change of that item.
 */
final class DraftSnapshot {

    /** Recorded values are cut at this length: the trail says what changed, the draft holds the text. */
    static final int MAX_RECORDED = 300;

    private final Map<String, String> fields;
    private final Map<String, String> names;

    private DraftSnapshot(Map<String, String> fields, Map<String, String> names) {
        this.fields = fields;
        this.names = names;
    }

    static DraftSnapshot of(FrameworkVersion draft) {
        return of(draft, Map.of());
    }

    /** {@code known}: what to call pillars and criteria that already had a name (by kind and id). */
    private static DraftSnapshot of(FrameworkVersion draft, Map<String, String> known) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>(known);
        fields.put("label", draft.getLabel());
        put(fields, "name", draft.getFramework().getName());
        put(fields, "description", draft.getDescription());
        put(fields, "source", draft.getSource());
        int position = 1;
        for (RatingLevel level : draft.getRatingLevels()) {
            String name = "level " + position++;
            fields.put(name + " value", String.valueOf(level.getValue()));
            put(fields, name + " label", level.getLabel());
            put(fields, name + " description", level.getDescription());
        }
        fields.put(
                "pillars order",
                draft.getPillars().stream().map(Pillar::getCode).collect(Collectors.joining(", ")));
        for (Pillar pillar : draft.getPillars()) {
            String name = "pillar " + nameOf(names, "pillar", pillar.getId(), pillar.getCode());
            fields.put(name + " code", pillar.getCode());
            fields.put(name + " weight", weight(pillar.getWeight()));
            put(fields, name + " title", pillar.getTitle());
            put(fields, name + " outcome", pillar.getOutcome());
            fields.put(
                    name + " criteria order",
                    pillar.getCriteria().stream().map(Criterion::getCode).collect(Collectors.joining(", ")));
            for (Criterion criterion : pillar.getCriteria()) {
                String criterionName =
                        "criterion " + nameOf(names, "criterion", criterion.getId(), criterion.getCode());
                fields.put(criterionName + " code", criterion.getCode());
                fields.put(criterionName + " weight", weight(criterion.getWeight()));
                put(fields, criterionName + " text", criterion.getText());
                put(fields, criterionName + " guidance", criterion.getGuidance());
            }
        }
        return new DraftSnapshot(fields, names);
    }

    /** The same draft after an edit, its items named as in this snapshot. */
    DraftSnapshot after(FrameworkVersion draft) {
        return of(draft, names);
    }

    /** Only the fields that differ, before and after (a field absent on one side is absent from its map). */
    Changes changesTo(DraftSnapshot after) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(fields.keySet());
        keys.addAll(after.fields.keySet());
        for (String key : keys) {
            String was = fields.get(key);
            String is = after.fields.get(key);
            if (!Objects.equals(was, is)) {
                if (was != null) {
                    before.put(key, cut(was));
                }
                if (is != null) {
                    now.put(key, cut(is));
                }
            }
        }
        return new Changes(before, now);
    }

    record Changes(Map<String, String> before, Map<String, String> after) {

        boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    /** Pillars and criteria are numbered apart: the kind is part of the key. */
    private static String nameOf(Map<String, String> names, String kind, Long id, String code) {
        return id == null ? code : names.computeIfAbsent(kind + id, unused -> code);
    }

    private static void put(Map<String, String> fields, String name, LocalizedText text) {
        if (text != null) {
            fields.put(name + ".fr", text.fr());
            fields.put(name + ".en", text.en());
        }
    }

    static String weight(BigDecimal weight) {
        return weight == null ? null : weight.stripTrailingZeros().toPlainString();
    }

    private static String cut(String value) {
        return value.length() <= MAX_RECORDED ? value : value.substring(0, MAX_RECORDED - 1) + "…";
    }
}

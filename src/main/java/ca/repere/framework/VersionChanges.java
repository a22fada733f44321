package ca.repere.framework;

import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a draft changes in the version it was copied from, item by item (matched by code, as
 * assessments match them): what an admin reviews before publishing for good.
 */
record VersionChanges(
        String basedOnLabel,
        List<String> pillarsAdded,
        List<String> pillarsRemoved,
        List<String> pillarsChanged,
        List<String> criteriaAdded,
        List<String> criteriaRemoved,
        List<String> criteriaChanged,
        boolean orderChanged,
        boolean scaleChanged,
        boolean textsChanged) {

    static VersionChanges between(FrameworkVersionView base, FrameworkVersionView draft) {
        Map<String, PillarView> pillarsBefore = byCode(base.pillars(), PillarView::code);
        Map<String, PillarView> pillarsAfter = byCode(draft.pillars(), PillarView::code);
        Map<String, CriterionView> criteriaBefore = byCode(criteria(base), CriterionView::code);
        Map<String, CriterionView> criteriaAfter = byCode(criteria(draft), CriterionView::code);
        List<String> pillarsChanged = new ArrayList<>();
        pillarsAfter.forEach((code, pillar) -> {
            PillarView before = pillarsBefore.get(code);
            if (before != null
                    && !(Objects.equals(before.title(), pillar.title())
                            && Objects.equals(before.outcome(), pillar.outcome())
                            && before.weight().compareTo(pillar.weight()) == 0)) {
                pillarsChanged.add(code);
            }
        });
        List<String> criteriaChanged = new ArrayList<>();
        criteriaAfter.forEach((code, criterion) -> {
            CriterionView before = criteriaBefore.get(code);
            if (before != null
                    && !(Objects.equals(before.text(), criterion.text())
                            && Objects.equals(before.guidance(), criterion.guidance())
                            && before.weight().compareTo(criterion.weight()) == 0)) {
                criteriaChanged.add(code);
            }
        });
        return new VersionChanges(
                base.label(),
                missingFrom(pillarsAfter, pillarsBefore),
                missingFrom(pillarsBefore, pillarsAfter),
                pillarsChanged,
                missingFrom(criteriaAfter, criteriaBefore),
                missingFrom(criteriaBefore, criteriaAfter),
                criteriaChanged,
                orderChanged(base, draft, pillarsBefore.keySet(), criteriaBefore.keySet()),
                !base.ratingScale().equals(draft.ratingScale()),
                !(Objects.equals(base.description(), draft.description())
                        && Objects.equals(base.source(), draft.source())));
    }

    public boolean none() {
        return pillarsAdded.isEmpty()
                && pillarsRemoved.isEmpty()
                && pillarsChanged.isEmpty()
                && criteriaAdded.isEmpty()
                && criteriaRemoved.isEmpty()
                && criteriaChanged.isEmpty()
                && !orderChanged
                && !scaleChanged
                && !textsChanged;
    }

    private static List<CriterionView> criteria(FrameworkVersionView version) {
        return version.pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .toList();
    }

    /**
     * Whether the items both versions have come in another order (an item added or removed does
     * not count as a move): the pillars, and each pillar's criteria.
     */
    private static boolean orderChanged(
            FrameworkVersionView base, FrameworkVersionView draft, Set<String> basePillars, Set<String> baseCriteria) {
        Set<String> draftPillars =
                draft.pillars().stream().map(PillarView::code).collect(Collectors.toSet());
        Set<String> draftCriteria =
                criteria(draft).stream().map(CriterionView::code).collect(Collectors.toSet());
        return !order(base, draftPillars, draftCriteria).equals(order(draft, basePillars, baseCriteria));
    }

    /** The pillars kept in both, each with its criteria kept in both, in this version's order. */
    private static List<String> order(FrameworkVersionView version, Set<String> pillars, Set<String> criteria) {
        return version.pillars().stream()
                .filter(pillar -> pillars.contains(pillar.code()))
                .map(pillar -> pillar.code() + ":"
                        + pillar.criteria().stream()
                                .map(CriterionView::code)
                                .filter(criteria::contains)
                                .collect(Collectors.joining(",")))
                .toList();
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(code.apply(item), item));
        return map;
    }

    /** Codes of {@code these} that {@code others} lacks, in order. */
    private static List<String> missingFrom(Map<String, ?> these, Map<String, ?> others) {
        return these.keySet().stream().filter(code -> !others.containsKey(code)).toList();
    }
}

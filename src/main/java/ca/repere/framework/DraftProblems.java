package ca.repere.framework;

import ca.repere.framework.DraftProblem.Part;
import ca.repere.framework.FrameworkFile.CriterionEntry;
import ca.repere.framework.FrameworkFile.Level;
import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFile.Text;
import ca.repere.shared.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What keeps a draft from being published. A draft is checked by the very rules a framework file
 * is checked by ({@link FrameworkFileValidator}): it is turned into the file it would be exported
 * as, and each problem's place in that file ({@code pillars[1].criteria[2].text.en}) is said in
 * the editor's words and linked to the form where it is fixed.
 */
final class DraftProblems {

    private static final FrameworkFileValidator RULES = new FrameworkFileValidator();
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private DraftProblems() {}

    static List<DraftProblem> of(FrameworkVersion draft) {
        List<DraftProblem> problems = new ArrayList<>();
        for (FrameworkFileProblem problem : RULES.validate(asFile(draft))) {
            problems.add(describe(draft, problem));
        }
        return problems;
    }

    /** The draft as a framework file: the format of the files shipped with Repère and of export. */
    static FrameworkFile asFile(FrameworkVersion version) {
        List<Level> scale = version.getRatingLevels().stream()
                .map(level -> new Level(level.getValue(), text(level.getLabel()), text(level.getDescription())))
                .toList();
        List<PillarEntry> pillars = version.getPillars().stream()
                .map(pillar -> new PillarEntry(
                        pillar.getCode(),
                        pillar.getWeight(),
                        text(pillar.getTitle()),
                        text(pillar.getOutcome()),
                        pillar.getCriteria().stream()
                                .map(criterion -> new CriterionEntry(
                                        criterion.getCode(),
                                        criterion.getWeight(),
                                        text(criterion.getText()),
                                        text(criterion.getGuidance())))
                                .toList()))
                .toList();
        return new FrameworkFile(
                version.getFramework().getCode(),
                version.getLabel(),
                text(version.getFramework().getName()),
                text(version.getSource()),
                text(version.getDescription()),
                scale,
                pillars);
    }

    private static Text text(LocalizedText text) {
        return text == null ? null : new Text(text.fr(), text.en());
    }

    /** Turns {@code pillars[1].criteria[2].text.en} into "Pillar 2, criterion 2.3, text in English". */
    private static DraftProblem describe(FrameworkVersion draft, FrameworkFileProblem problem) {
        String base = "/admin/frameworks/versions/" + draft.getId();
        List<Part> place = new ArrayList<>();
        List<String> tokens = new ArrayList<>(List.of(problem.location().split("\\.")));
        String language = null;
        if (!tokens.isEmpty() && List.of("fr", "en").contains(tokens.get(tokens.size() - 1))) {
            language = tokens.remove(tokens.size() - 1);
        }
        Matcher root = INDEXED.matcher(tokens.isEmpty() ? "" : tokens.remove(0));
        if (!root.matches()) {
            return new DraftProblem(
                    List.of(), problem.messageKey(), problem.arguments().toArray(), base);
        }
        String href = base;
        String fieldId = null;
        String field = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        switch (root.group(1)) {
            case "ratingScale" -> {
                href = base + "/scale";
                if (root.group(2) == null) {
                    place.add(Part.of("framework.editor.place.scale"));
                } else {
                    int level = Integer.parseInt(root.group(2));
                    place.add(Part.of("framework.editor.place.level", level + 1));
                    fieldId = field == null ? null : "levels" + level + "." + field + suffix(language);
                }
            }
            case "pillars" -> {
                if (root.group(2) == null) {
                    place.add(Part.of("framework.editor.place.pillars"));
                    href = base + "#pillars";
                    break;
                }
                int index = Integer.parseInt(root.group(2));
                Pillar pillar = draft.getPillars().get(index);
                place.add(Part.of("framework.editor.place.pillar", nameOf(pillar.getCode(), index)));
                href = base + "/pillars/" + pillar.getId();
                if (!tokens.isEmpty() && tokens.get(0).startsWith("criteria")) {
                    Matcher criteria = INDEXED.matcher(tokens.remove(0));
                    if (criteria.matches() && criteria.group(2) != null) {
                        int at = Integer.parseInt(criteria.group(2));
                        Criterion criterion = pillar.getCriteria().get(at);
                        place.add(Part.of("framework.editor.place.criterion", nameOf(criterion.getCode(), at)));
                        href = base + "/criteria/" + criterion.getId();
                    } else {
                        place.add(Part.of("framework.editor.place.criteria"));
                        href = base + "#pillar-" + pillar.getId();
                        field = null;
                    }
                }
                fieldId = field == null ? null : field + suffix(language);
            }
            default -> {
                // The version's own fields: label ("version" in a file), name, description, source.
                href = base + "/details";
                field = switch (root.group(1)) {
                    case "version" -> "label";
                    case "code" -> "frameworkCode";
                    default -> root.group(1);
                };
                if (field.equals("frameworkCode")) {
                    // The framework's code is checked when the framework is created and never changes.
                    href = base;
                } else {
                    fieldId = field + suffix(language);
                }
            }
        }
        if (field != null) {
            place.add(Part.of("framework.editor.field." + field + (language == null ? "" : "." + language)));
        }
        if (fieldId != null) {
            href = href + "#" + fieldId;
        }
        return new DraftProblem(place, problem.messageKey(), problem.arguments().toArray(), href);
    }

    /** Form fields are named {@code textFr}, {@code titleEn}…: the language capitalised after the field. */
    private static String suffix(String language) {
        return language == null ? "" : language.equals("fr") ? "Fr" : "En";
    }

    /** A pillar or criterion is named by its code, or by its place when it has none yet. */
    private static String nameOf(String code, int index) {
        return code == null || code.isBlank() ? "#" + (index + 1) : code;
    }
}

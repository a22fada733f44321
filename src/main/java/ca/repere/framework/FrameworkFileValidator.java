package ca.repere.framework;

import ca.repere.framework.FrameworkFile.CriterionEntry;
import ca.repere.framework.FrameworkFile.Level;
import ca.repere.framework.FrameworkFile.PillarEntry;
import ca.repere.framework.FrameworkFile.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a framework file must follow. Plain code on purpose: the same rules will serve the
 * admin's import page, which must list every problem of a file with its place.
 */
class FrameworkFileValidator {

    static final Pattern FRAMEWORK_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,15}");
    static final int MAX_LABEL = 64;
    static final int MAX_TITLE = 300;
    static final int MAX_LEVEL_LABEL = 120;
    static final int MAX_LEVEL_DESCRIPTION = 500;
    static final int MAX_SOURCE = 500;
    static final int MAX_LEVEL_VALUE = 1000;
    /** Weights are above zero and below this, with at most {@link #WEIGHT_DECIMALS} decimals (numeric(7, 3)). */
    static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    static final int WEIGHT_DECIMALS = 3;

    List<FrameworkFileProblem> validate(FrameworkFile file) {
        List<FrameworkFileProblem> problems = new ArrayList<>();
        if (isBlank(file.code())) {
            problems.add(FrameworkFileProblem.of("code", "framework.file.problem.required"));
        } else if (!FRAMEWORK_CODE.matcher(file.code()).matches()) {
            problems.add(FrameworkFileProblem.of("code", "framework.file.problem.frameworkCode"));
        }
        if (isBlank(file.version())) {
            problems.add(FrameworkFileProblem.of("version", "framework.file.problem.required"));
        } else if (file.version().length() > MAX_LABEL) {
            problems.add(FrameworkFileProblem.of("version", "framework.file.problem.tooLong", MAX_LABEL));
        }
        requireText(problems, "name", file.name(), MAX_TITLE);
        requireText(problems, "description", file.description(), Integer.MAX_VALUE);
        optionalText(problems, "source", file.source(), MAX_SOURCE);
        validateScale(problems, file.ratingScale());
        validatePillars(problems, file.pillars());
        return problems;
    }

    private void validateScale(List<FrameworkFileProblem> problems, List<Level> scale) {
        if (scale == null) {
            problems.add(FrameworkFileProblem.of("ratingScale", "framework.file.problem.required"));
            return;
        }
        Integer previous = null;
        int highest = -1;
        for (int i = 0; i < scale.size(); i++) {
            String at = "ratingScale[" + i + "]";
            Level level = scale.get(i);
            if (level == null) {
                problems.add(FrameworkFileProblem.of(at, "framework.file.problem.required"));
                continue;
            }
            if (level.value() == null) {
                problems.add(FrameworkFileProblem.of(at + ".value", "framework.file.problem.required"));
            } else if (level.value() < 0) {
                problems.add(FrameworkFileProblem.of(at + ".value", "framework.file.problem.negative"));
            } else {
                if (level.value() > MAX_LEVEL_VALUE) {
                    problems.add(
                            FrameworkFileProblem.of(at + ".value", "framework.file.problem.tooLarge", MAX_LEVEL_VALUE));
                }
                highest = Math.max(highest, level.value());
                if (previous != null && level.value() <= previous) {
                    problems.add(FrameworkFileProblem.of(at + ".value", "framework.file.problem.scaleOrder"));
                }
                previous = level.value();
            }
            requireText(problems, at + ".label", level.label(), MAX_LEVEL_LABEL);
            requireText(problems, at + ".description", level.description(), MAX_LEVEL_DESCRIPTION);
        }
        if (scale.size() < 2 || highest < 1) {
            problems.add(FrameworkFileProblem.of("ratingScale", "framework.file.problem.scaleTooShort"));
        }
    }

    private void validatePillars(List<FrameworkFileProblem> problems, List<PillarEntry> pillars) {
        if (pillars == null) {
            problems.add(FrameworkFileProblem.of("pillars", "framework.file.problem.required"));
            return;
        }
        if (pillars.isEmpty()) {
            problems.add(FrameworkFileProblem.of("pillars", "framework.file.problem.noPillars"));
            return;
        }
        Set<String> pillarCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        for (int p = 0; p < pillars.size(); p++) {
            String at = "pillars[" + p + "]";
            PillarEntry pillar = pillars.get(p);
            if (pillar == null) {
                problems.add(FrameworkFileProblem.of(at, "framework.file.problem.required"));
                continue;
            }
            validateCode(problems, at + ".code", pillar.code(), pillarCodes);
            validateWeight(problems, at + ".weight", pillar.weight());
            requireText(problems, at + ".title", pillar.title(), MAX_TITLE);
            requireText(problems, at + ".outcome", pillar.outcome(), Integer.MAX_VALUE);
            if (pillar.criteria() == null) {
                problems.add(FrameworkFileProblem.of(at + ".criteria", "framework.file.problem.required"));
                continue;
            }
            if (pillar.criteria().isEmpty()) {
                problems.add(FrameworkFileProblem.of(at + ".criteria", "framework.file.problem.noCriteria"));
                continue;
            }
            for (int c = 0; c < pillar.criteria().size(); c++) {
                String criterionAt = at + ".criteria[" + c + "]";
                CriterionEntry criterion = pillar.criteria().get(c);
                if (criterion == null) {
                    problems.add(FrameworkFileProblem.of(criterionAt, "framework.file.problem.required"));
                    continue;
                }
                validateCode(problems, criterionAt + ".code", criterion.code(), criterionCodes);
                validateWeight(problems, criterionAt + ".weight", criterion.weight());
                requireText(problems, criterionAt + ".text", criterion.text(), Integer.MAX_VALUE);
                optionalText(problems, criterionAt + ".guidance", criterion.guidance(), Integer.MAX_VALUE);
            }
        }
    }

    private static void validateCode(List<FrameworkFileProblem> problems, String at, String code, Set<String> seen) {
        if (isBlank(code)) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.required"));
        } else if (!ITEM_CODE.matcher(code).matches()) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.itemCode"));
        } else if (!seen.add(code)) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.duplicateCode", code));
        }
    }

    private static void validateWeight(List<FrameworkFileProblem> problems, String at, BigDecimal weight) {
        if (weight != null
                && (weight.signum() <= 0
                        || weight.compareTo(MAX_WEIGHT) >= 0
                        || weight.stripTrailingZeros().scale() > WEIGHT_DECIMALS)) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.weight"));
        }
    }

    private static void requireText(List<FrameworkFileProblem> problems, String at, Text text, int maxLength) {
        if (text == null) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.required"));
            return;
        }
        checkLanguage(problems, at + ".fr", text.fr(), maxLength);
        checkLanguage(problems, at + ".en", text.en(), maxLength);
    }

    /** An optional text is absent, or present in both languages. */
    private static void optionalText(List<FrameworkFileProblem> problems, String at, Text text, int maxLength) {
        if (text == null) {
            return;
        }
        requireText(problems, at, text, maxLength);
    }

    private static void checkLanguage(List<FrameworkFileProblem> problems, String at, String value, int maxLength) {
        if (isBlank(value)) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.required"));
        } else if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(FrameworkFileProblem.of(at, "framework.file.problem.tooLong", maxLength));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

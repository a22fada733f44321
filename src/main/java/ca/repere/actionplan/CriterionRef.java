package ca.repere.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Comparator;

/**
 * A criterion as an action names it: by framework code and criterion code (e.g. "ccr-cleo-2021",
 * "4.3"), never by id. Ids belong to one framework version; codes carry over to the next ones.
 */
@Embeddable
public record CriterionRef(
        @Column(name = "framework_code") String frameworkCode,
        @Column(name = "criterion_code") String criterionCode) {

    /** "1.2" before "1.10": numeric parts compare as numbers. */
    public static final Comparator<String> CODE_ORDER = CriterionRef::compareCodes;

    public static final Comparator<CriterionRef> ORDER =
            Comparator.comparing(CriterionRef::frameworkCode).thenComparing(CriterionRef::criterionCode, CODE_ORDER);

    private static int compareCodes(String left, String right) {
        String[] leftParts = left.split("\\.");
        String[] rightParts = right.split("\\.");
        for (int i = 0; i < Math.min(leftParts.length, rightParts.length); i++) {
            int compared = leftParts[i].matches("\\d{1,9}") && rightParts[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(leftParts[i]), Integer.parseInt(rightParts[i]))
                    : leftParts[i].compareTo(rightParts[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(leftParts.length, rightParts.length);
    }
}

package ca.repere.assessment;

/**
 * What a person submitted for one criterion on a pillar page. {@code version} is the answer's
 * version when the page was shown; {@code keepTheirs} resolves a conflict in favour of the answer
 * someone else saved meanwhile.
 */
public record AnswerEdit(
        long criterionId,
        long version,
        Integer rating,
        String evidence,
        String notes,
        boolean confirmCarriedOver,
        boolean keepTheirs) {

    Answer.Content content() {
        return new Answer.Content(rating, blankToNull(evidence), blankToNull(notes));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

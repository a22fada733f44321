package ca.repere.assessment;

/** What a person submitted for one criterion on the scope page. */
public record ScopeEdit(long criterionId, long version, boolean applicable, String reason, Priority priority) {

    Answer.Applicability applicability() {
        return new Answer.Applicability(
                applicable,
                applicable ? null : AnswerEdit.blankToNull(reason),
                priority == null ? Priority.NORMAL : priority);
    }
}

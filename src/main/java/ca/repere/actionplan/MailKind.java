package ca.repere.actionplan;

/** What a reminder is about: each kind goes to a person once per period. */
public enum MailKind {
    /** The weekly digest of a person's overdue and soon-due actions; period: the ISO week, e.g. "2026-W48". */
    ACTION_DIGEST,
    /** To an organisation's leads when its next self-assessment is due; period: organisation and due date. */
    REASSESSMENT_REMINDER
}

package ca.repere.actionplan;

/**
 * How the plan is ordered. Whatever the first key, ties go to the due date (undated last), then
 * priority, then title, so the order is stable from one visit to the next.
 */
public enum ActionSort {
    /** Soonest first, undated last: the default, what needs doing next. */
    DUE_DATE,
    /** High first. */
    PRIORITY,
    /** Planned, in progress, done, dropped. */
    STATUS,
    /** Alphabetical, accents ignored. */
    TITLE
}

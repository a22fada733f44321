package ca.repere.assessment;

/** How much a criterion matters to the organisation now: gaps on high-priority criteria come first. */
public enum Priority {
    HIGH,
    NORMAL,
    LOW
}

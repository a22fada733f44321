package ca.repere.actionplan;

/** Planned → in progress → done, or dropped (with a reason) at any point; any status may be revisited. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** Still to do: counts toward overdue actions and shows beside its criteria. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}

package ca.repere.actionplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of an action's progress log: a status change (from, to) with its comment, or a comment
 * alone. Never changed once written: the log is the action's history.
 */
@Entity
@Table(name = "action_log")
class ActionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long actionId;
    private Long userId;
    private Instant loggedAt;

    @Enumerated(EnumType.STRING)
    private ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ActionStatus toStatus;

    private String comment;

    protected ActionLog() {}

    ActionLog(long actionId, long userId, ActionStatus fromStatus, ActionStatus toStatus, String comment, Instant now) {
        this.actionId = actionId;
        this.userId = userId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.loggedAt = now;
    }

    Long getActionId() {
        return actionId;
    }

    Long getUserId() {
        return userId;
    }

    Instant getLoggedAt() {
        return loggedAt;
    }

    ActionStatus getFromStatus() {
        return fromStatus;
    }

    ActionStatus getToStatus() {
        return toStatus;
    }

    String getComment() {
        return comment;
    }
}

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
 * A reminder as written: to whom, what, when it was claimed and when it went out (by SMTP or to
 * the log). Rows are created by {@link OutboxRepository#claim}, never by {@code persist}: the
 * unique key (recipient, kind, period) decides, in the database, that a reminder goes out once.
 */
@Entity
@Table(name = "outbox")
class OutboxMessage {

    /** How the message left: through the mail server, or into the log when none is configured. */
    enum Delivery {
        SMTP,
        LOG
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    private String period;
    private String subject;
    private String body;
    private Instant createdAt;
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private String error;

    protected OutboxMessage() {}

    void sent(Delivery how, Instant now) {
        this.delivery = how;
        this.sentAt = now;
        this.error = null;
    }

    void failed(String message) {
        this.error = message == null ? "unknown error" : message.substring(0, Math.min(message.length(), 1000));
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    MailKind getKind() {
        return kind;
    }

    String getPeriod() {
        return period;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Delivery getDelivery() {
        return delivery;
    }

    String getError() {
        return error;
    }
}

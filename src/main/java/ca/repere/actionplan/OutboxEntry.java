package ca.repere.actionplan;

import java.time.Instant;

/**
 * A line of the outbox: a reminder claimed at {@code createdAt}, sent at {@code sentAt} by
 * {@code delivery} ("SMTP", or "LOG" when no mail server is configured); {@code sentAt} is null
 * and {@code error} says why when the mail server refused it.
 */
public record OutboxEntry(
        long id,
        String recipient,
        MailKind kind,
        String period,
        String subject,
        String body,
        Instant createdAt,
        Instant sentAt,
        String delivery,
        String error) {}

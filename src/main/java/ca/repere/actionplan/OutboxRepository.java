package ca.repere.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Writes the reminder unless one already exists for (recipient, kind, period): 1 when this call
     * wrote it (and so must send it), 0 when a previous run or another instance did.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into outbox (recipient, kind, period, subject, body, created_at)
            values (:recipient, :kind, :period, :subject, :body, :createdAt)
            on conflict (recipient, kind, period) do nothing
            """)
    int claim(String recipient, String kind, String period, String subject, String body, Instant createdAt);

    Optional<OutboxMessage> findByRecipientAndKindAndPeriod(String recipient, MailKind kind, String period);

    /** Claimed in this period and refused by the mail server: the next run tries them again. */
    List<OutboxMessage> findByKindAndPeriodAndSentAtIsNullAndErrorIsNotNull(MailKind kind, String period);

    List<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Limit limit);
}

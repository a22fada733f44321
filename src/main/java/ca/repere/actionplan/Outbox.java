package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.OutboxMessage.Delivery;
import ca.repere.shared.mail.Mailer;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where every reminder goes through, and the record of all of them. A reminder is first claimed:
 * a row keyed by (recipient, kind, period), written only if none exists, in its own transaction.
 * Only the run that wrote the row sends it, so a restart, a second run in the same week or a
 * second instance sends nothing twice. It then leaves through the {@link Mailer} (by SMTP when a
 * mail server is configured, otherwise into the log); either way the row records when and how it left. A
 * message the mail server refused keeps its error and is tried again by the next run of its period.
 */
@Service
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** The most lines {@link #recent} returns. */
    public static final int RECENT_MAX = 500;

    private final OutboxRepository messages;
    private final Mailer mailer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Outbox(OutboxRepository messages, Mailer mailer, PlatformTransactionManager transactionManager, Clock clock) {
        this.messages = messages;
        this.mailer = mailer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The latest reminders, newest first, sent or not: for the admins' outbox page. */
    public List<OutboxEntry> recent(CurrentUser user, int limit) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("the outbox is for admins");
        }
        int size = Math.max(1, Math.min(limit, RECENT_MAX));
        return transactions.execute(status -> messages.findAllByOrderByCreatedAtDescIdDesc(Limit.of(size)).stream()
                .map(message -> new OutboxEntry(
                        message.getId(),
                        message.getRecipient(),
                        message.getKind(),
                        message.getPeriod(),
                        message.getSubject(),
                        message.getBody(),
                        message.getCreatedAt(),
                        message.getSentAt(),
                        message.getDelivery() == null
                                ? null
                                : message.getDelivery().name(),
                        message.getError()))
                .toList());
    }

    /** Whether mail leaves by SMTP (a mail server is configured) rather than into the log. */
    boolean smtp() {
        return mailer.smtp();
    }

    /**
     * Sends the message unless this recipient already has one of this kind for this period: true
     * when this call claimed it (and sent it, or recorded why it could not).
     */
    boolean deliver(OutgoingMail mail) {
        Boolean claimed = transactions.execute(status -> messages.claim(
                        mail.recipient(),
                        mail.kind().name(),
                        mail.period(),
                        mail.subject(),
                        mail.body(),
                        clock.instant())
                == 1);
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        send(mail);
        return true;
    }

    /** Tries again what the mail server refused in this period; returns how many went out. */
    int retryFailed(MailKind kind, String period) {
        List<OutboxMessage> failed = transactions.execute(
                status -> messages.findByKindAndPeriodAndSentAtIsNullAndErrorIsNotNull(kind, period));
        int sent = 0;
        for (OutboxMessage message : failed) {
            if (send(new OutgoingMail(message.getRecipient(), kind, period, message.getSubject(), message.getBody()))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutgoingMail mail) {
        try {
            Mailer.Delivery delivery = mailer.send(
                    new Mailer.Mail(mail.recipient(), mail.subject(), mail.body()), mail.kind() + " " + mail.period());
            Delivery how = Delivery.valueOf(delivery.name());
            transactions.executeWithoutResult(status -> find(mail).sent(how, clock.instant()));
            return true;
        } catch (MailException e) {
            LOG.warn("Could not send {} ({}): {}", mail.kind(), mail.period(), e.getMessage());
            transactions.executeWithoutResult(status -> find(mail).failed(e.getMessage()));
            return false;
        }
    }

    private OutboxMessage find(OutgoingMail mail) {
        return messages.findByRecipientAndKindAndPeriod(mail.recipient(), mail.kind(), mail.period())
                .orElseThrow();
    }

    /** A reminder ready to go: plain text, in its recipient's language. */
    record OutgoingMail(String recipient, MailKind kind, String period, String subject, String body) {}
}

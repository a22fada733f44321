package ca.repere.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one way the application sends e-mail: plain text, UTF-8, from {@code repere.mail.from}. It
 * leaves by SMTP when a mail server is configured ({@code spring.mail.host}: Boot then provides a
 * {@link JavaMailSender}), otherwise it is written to the log (the embedded default and demo), so
 * that an instance without a mail server still shows what would have gone out.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    /** How a message left: through the mail server, or into the log when none is configured. */
    public enum Delivery {
        SMTP,
        LOG
    }

    /** A plain-text message to one recipient. */
    public record Mail(String to, String subject, String body) {}

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mailSender, @Value("${repere.mail.from:repere@localhost}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Whether mail leaves by SMTP (a mail server is configured) rather than into the log. */
    public boolean smtp() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Sends the message now.
     *
     * @param what what the message is, for the log ("ACTION_DIGEST 2026-W48", "invitation 12"),
     *     never its content
     * @throws MailException when the mail server refuses it or cannot be reached
     */
    public Delivery send(Mail mail, String what) {
        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp == null) {
            LOG.info(
                    "No mail server configured (spring.mail.host): {} for {} written here instead.\nSubject: {}\n\n{}",
                    what,
                    mail.to(),
                    mail.subject(),
                    mail.body());
            return Delivery.LOG;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            smtp.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        LOG.info("Sent {} by SMTP", what);
        return Delivery.SMTP;
    }
}

package ca.repere.account;

import ca.repere.shared.i18n.Language;
import ca.repere.shared.mail.Mailer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * The e-mails that carry a one-time link: invitations (in the language the inviter chose for the
 * invitee) and password resets (in the person's own language). They are sent directly, never kept
 * in the outbox table: a pending link is a secret that must not rest in the database.
 */
@Component
class AccountMails {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMails.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;
    private final ZoneId zone;

    AccountMails(
            Mailer mailer,
            MessageSource messages,
            @Value("${repere.base-url:http://localhost:8080}") String baseUrl,
            @Value("${repere.time-zone:America/Toronto}") String zone) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.zone = ZoneId.of(zone);
    }

    /** What an invitation e-mail says, besides its link. */
    record InvitationMail(
            long invitationId,
            String email,
            String displayName,
            Language language,
            Role role,
            String placeName,
            String inviterName,
            Instant expiresAt) {}

    /** Sends the invitation; false (and a warning in the log) when the mail server refused it. */
    boolean sendInvitation(InvitationMail invitation, OneTimeToken token) {
        Locale locale = invitation.language().locale();
        String link = baseUrl + InvitationAcceptController.PATH + "/" + token.value();
        String body = message("mail.greeting", locale, invitation.displayName())
                + "\n\n"
                + message(
                        "mail.invitation.body",
                        locale,
                        invitation.inviterName(),
                        invitation.placeName(),
                        message("role." + invitation.role().name(), locale))
                + "\n\n"
                + message("mail.invitation.link", locale, dateTime(invitation.expiresAt(), locale))
                + "\n"
                + link
                + "\n\n"
                + message("mail.invitation.existingAccount", locale)
                + "\n\n"
                + message("mail.invitation.footer", locale)
                + "\n\n"
                + message("mail.signature", locale)
                + "\n";
        String subject = message("mail.invitation.subject", locale, invitation.placeName());
        return send(new Mailer.Mail(invitation.email(), subject, body), "invitation " + invitation.invitationId());
    }

    /** Sends the reset link; false (and a warning in the log) when the mail server refused it. */
    boolean sendPasswordReset(
            String email, String displayName, Language language, OneTimeToken token, Duration validity) {
        Locale locale = language.locale();
        String link = baseUrl + PasswordResetController.PATH + "/" + token.value();
        String body = message("mail.greeting", locale, displayName)
                + "\n\n"
                + message("mail.passwordReset.body", locale, String.valueOf(validity.toMinutes()))
                + "\n"
                + link
                + "\n\n"
                + message("mail.passwordReset.footer", locale)
                + "\n\n"
                + message("mail.signature", locale)
                + "\n";
        return send(new Mailer.Mail(email, message("mail.passwordReset.subject", locale), body), "password reset");
    }

    private boolean send(Mailer.Mail mail, String what) {
        try {
            mailer.send(mail, what);
            return true;
        } catch (MailException e) {
            LOG.warn("Could not send the {} e-mail: {}", what, e.getMessage());
            return false;
        }
    }

    private String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}

package ca.repere.network;

import ca.repere.account.AccountService;
import ca.repere.account.MailRecipient;
import ca.repere.account.MemberView;
import ca.repere.account.Role;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.mail.Mailer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an organisation's leads, each in their language, that a network reviewed their shared
 * self-assessment. After commit: a mail server that is down never undoes the review, it is logged.
 */
@Component
class ReviewMails {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewMails.class);

    private final AccountService accounts;
    private final OrganisationDirectory directory;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    ReviewMails(
            AccountService accounts,
            OrganisationDirectory directory,
            Mailer mailer,
            MessageSource messages,
            @Value("${repere.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener
    void on(NetworkReviews.AssessmentReviewed reviewed) {
        List<Long> leads = accounts.membersOfOrganisation(reviewed.organisationId()).stream()
                .filter(member -> member.role() == Role.ORG_LEAD && member.enabled())
                .map(MemberView::userId)
                .toList();
        String network =
                directory.network(reviewed.networkId()).map(n -> n.name()).orElse("");
        String organisation = directory.name(reviewed.organisationId()).orElse("");
        String link = baseUrl + "/organisations/" + reviewed.organisationId() + "/assessments/"
                + reviewed.assessmentId() + "/report";
        for (MailRecipient lead : accounts.mailRecipients(leads)) {
            var locale = lead.language().locale();
            String subject = messages.getMessage("review.mail.subject", new Object[] {network}, locale);
            String body = messages.getMessage(
                    "review.mail.body", new Object[] {lead.displayName(), network, organisation, link}, locale);
            try {
                mailer.send(new Mailer.Mail(lead.email(), subject, body), "review " + reviewed.assessmentId());
            } catch (MailException e) {
                LOG.warn(
                        "Could not tell {} of the review of assessment {}: {}",
                        lead.email(),
                        reviewed.assessmentId(),
                        e.getMessage());
            }
        }
    }
}

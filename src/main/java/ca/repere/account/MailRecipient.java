package ca.repere.account;

import ca.repere.shared.i18n.Language;
import java.util.Set;

/**
 * A person as a reminder sees them: where to write, in which language, whether they want the
 * weekly digest, and the organisations they are lead or staff of.
 */
public record MailRecipient(
        long userId,
        String email,
        String displayName,
        Language language,
        boolean digestEnabled,
        Set<Long> organisationIds) {}

/**
 * Action plans: what an organisation decides to do about the gaps its self-assessments show.
 * An action belongs to the organisation (not to one assessment) and names its criteria by
 * framework code and criterion code, so it stays on "its" criterion in later assessments made
 * with newer framework versions. Each action keeps a dated log of its status changes and comments.
 * {@link ca.repere.actionplan.ActionReminders} e-mails owners a weekly digest of their actions due
 * and leads a reminder when their organisation's re-assessment is due, through the
 * {@link ca.repere.actionplan.Outbox} (once per period; SMTP, or the log without a mail server).
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework", "assessment"})
package ca.repere.actionplan;

import org.springframework.modulith.ApplicationModule;

package ca.repere.actionplan;

import ca.repere.account.AccountService;
import ca.repere.account.MailRecipient;
import ca.repere.account.MemberView;
import ca.repere.account.Role;
import ca.repere.actionplan.Outbox.OutgoingMail;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationSummary;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders by e-mail, each in its recipient's language, through the {@link Outbox} (so each goes
 * out once per period, whatever restarts or instances):
 *
 * <ul>
 *   <li>the weekly digest: to each owner with an account, their open actions (planned, in
 *       progress) that are overdue or due within {@value ActionPlanQueries#DUE_SOON_DAYS} days, in
 *       the organisations they still belong to, with a link to each plan; not to people who turned
 *       it off ({@link AccountService#setDigestEnabled});
 *   <li>the re-assessment reminder: to an organisation's leads once its next self-assessment is due,
 *       {@code repere.reassessment.interval} (one year) after its last submitted one; once per due
 *       date.
 * </ul>
 *
 * The scheduled methods hold a ShedLock lock: with several instances, one runs each job. Tests and
 * operators call {@link #sendDigests()} and {@link #sendReassessmentReminders()} directly.
 */
@Component
public class ActionReminders {

    private final ActionRepository actions;
    private final ReassessmentDates assessmentDates;
    private final AccountService accounts;
    private final OrganisationDirectory organisations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String baseUrl;
    private final ReviewCycles cycles;

    ActionReminders(
            ActionRepository actions,
            ReassessmentDates assessmentDates,
            AccountService accounts,
            OrganisationDirectory organisations,
            Outbox outbox,
            MessageSource messages,
            Clock clock,
            @Value("${repere.time-zone:America/Toronto}") String zone,
            @Value("${repere.base-url:http://localhost:8080}") String baseUrl,
            ReviewCycles cycles) {
        this.actions = actions;
        this.assessmentDates = assessmentDates;
        this.accounts = accounts;
        this.organisations = organisations;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.cycles = cycles;
    }

    @Scheduled(cron = "${repere.digest.cron:0 0 7 * * MON}", zone = "${repere.time-zone:America/Toronto}")
    @SchedulerLock(name = "actionplan.weekly-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void weeklyDigest() {
        sendDigests();
    }

    @Scheduled(cron = "${repere.reassessment.cron:0 15 7 * * *}", zone = "${repere.time-zone:America/Toronto}")
    @SchedulerLock(name = "actionplan.reassessment-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void reassessmentReminders() {
        sendReassessmentReminders();
    }

    /** Sends this week's digests not sent yet; returns how many this call sent (or tried to). */
    public int sendDigests() {
        LocalDate today = today();
        String period = isoWeek(today);
        int sent = outbox.retryFailed(MailKind.ACTION_DIGEST, period);
        Map<Long, List<Action>> byOwner =
                actions.openOwnedDueBy(today.plusDays(ActionPlanQueries.DUE_SOON_DAYS)).stream()
                        .collect(Collectors.groupingBy(Action::getOwnerUserId));
        if (byOwner.isEmpty()) {
            return sent;
        }
        Map<Long, String> organisationNames = organisations
                .organisations(byOwner.values().stream()
                        .flatMap(List::stream)
                        .map(Action::getOrganisationId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        for (MailRecipient recipient : accounts.mailRecipients(byOwner.keySet())) {
            if (!recipient.digestEnabled()) {
                continue;
            }
            List<Action> theirs = byOwner.get(recipient.userId()).stream()
                    .filter(action -> recipient.organisationIds().contains(action.getOrganisationId()))
                    .toList();
            if (theirs.isEmpty()) {
                continue;
            }
            if (outbox.deliver(digest(recipient, theirs, organisationNames, today, period))) {
                sent++;
            }
        }
        return sent;
    }

    /** Reminds the leads of every organisation whose re-assessment is due; returns how many were sent. */
    public int sendReassessmentReminders() {
        LocalDate today = today();
        int sent = 0;
        for (Map.Entry<Long, Instant> last : assessmentDates.lastSubmissions().entrySet()) {
            long organisationId = last.getKey();
            LocalDate submitted = LocalDate.ofInstant(last.getValue(), zone);
            LocalDate due = cycles.nextReassessment(organisationId, last.getValue());
            if (due.isAfter(today)) {
                continue;
            }
            Set<Long> leads = accounts.membersOfOrganisation(organisationId).stream()
                    .filter(member -> member.role() == Role.ORG_LEAD && member.enabled())
                    .map(MemberView::userId)
                    .collect(Collectors.toSet());
            String name = organisations.name(organisationId).orElse(null);
            if (leads.isEmpty() || name == null) {
                continue;
            }
            String period = "organisation-" + organisationId + "/" + due;
            for (MailRecipient lead : accounts.mailRecipients(leads)) {
                if (outbox.deliver(reassessmentReminder(lead, organisationId, name, submitted, due, period))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private OutgoingMail digest(
            MailRecipient recipient,
            List<Action> theirs,
            Map<Long, String> organisationNames,
            LocalDate today,
            String period) {
        Locale locale = recipient.language().locale();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Map<Long, List<Action>> byOrganisation =
                new TreeMap<>(Comparator.comparing((Long id) -> organisationNames.getOrDefault(id, ""), collator)
                        .thenComparing(Comparator.naturalOrder()));
        theirs.forEach(action -> byOrganisation
                .computeIfAbsent(action.getOrganisationId(), id -> new ArrayList<>())
                .add(action));
        StringBuilder body = new StringBuilder();
        body.append(message("mail.greeting", locale, recipient.displayName()))
                .append("\n\n")
                .append(message("mail.digest.intro", locale, String.valueOf(ActionPlanQueries.DUE_SOON_DAYS)))
                .append("\n");
        for (Map.Entry<Long, List<Action>> organisation : byOrganisation.entrySet()) {
            body.append("\n")
                    .append(organisationNames.getOrDefault(organisation.getKey(), ""))
                    .append("\n");
            organisation.getValue().stream()
                    .sorted(Comparator.comparing(Action::getDueDate)
                            .thenComparing(Action::getTitle, collator)
                            .thenComparing(Action::getId))
                    .forEach(action -> body.append("  • ")
                            .append(action.getTitle())
                            .append("\n    ")
                            .append(message(
                                    action.getDueDate().isBefore(today) ? "mail.digest.overdue" : "mail.digest.due",
                                    locale,
                                    date(action.getDueDate(), locale),
                                    message(
                                            "actionplan.status."
                                                    + action.getStatus().name(),
                                            locale)))
                            .append("\n"));
            body.append("  ")
                    .append(message("mail.digest.planLink", locale, planUrl(organisation.getKey())))
                    .append("\n");
        }
        body.append("\n")
                .append(message("mail.digest.footer", locale))
                .append("\n\n")
                .append(message("mail.signature", locale))
                .append("\n");
        return new OutgoingMail(
                recipient.email(),
                MailKind.ACTION_DIGEST,
                period,
                message("mail.digest.subject", locale),
                body.toString());
    }

    private OutgoingMail reassessmentReminder(
            MailRecipient lead,
            long organisationId,
            String organisationName,
            LocalDate submitted,
            LocalDate due,
            String period) {
        Locale locale = lead.language().locale();
        String body = message("mail.greeting", locale, lead.displayName())
                + "\n\n"
                + message(
                        "mail.reassessment.body", locale, organisationName, date(submitted, locale), date(due, locale))
                + "\n\n"
                + baseUrl
                + "/organisations/"
                + organisationId
                + "\n\n"
                + message("mail.reassessment.footer", locale)
                + "\n\n"
                + message("mail.signature", locale)
                + "\n";
        return new OutgoingMail(
                lead.email(),
                MailKind.REASSESSMENT_REMINDER,
                period,
                message("mail.reassessment.subject", locale, organisationName),
                body);
    }

    /** The absolute address of the organisation's action plan page. */
    String planUrl(long organisationId) {
        return baseUrl + "/organisations/" + organisationId + "/actions";
    }

    /** "2026-W48": the ISO week, the period of a digest. */
    static String isoWeek(LocalDate date) {
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}

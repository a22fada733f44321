package ca.repere.actionplan;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.actionplan.ActionPlanView.ActionDetail;
import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.actionplan.ActionPlanView.LogEntry;
import ca.repere.actionplan.ActionPlanView.Plan;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds the action plan's read models. Each costs a fixed number of queries whatever the number
 * of actions: the actions with their criteria in one, the latest log times in one, all names in
 * one. "Today" is the platform's ({@code repere.time-zone}), from the application's clock.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanQueries {

    /** An open action due within this many days is "due soon". */
    static final int DUE_SOON_DAYS = 14;

    private final ActionRepository actions;
    private final ActionLogRepository log;
    private final ActionPlanAccess access;
    private final AccountService accounts;
    private final Clock clock;
    private final ZoneId zone;

    ActionPlanQueries(
            ActionRepository actions,
            ActionLogRepository log,
            ActionPlanAccess access,
            AccountService accounts,
            Clock clock,
            @Value("${repere.time-zone:America/Toronto}") String zone) {
        this.actions = actions;
        this.log = log;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** The organisation's plan, filtered and sorted, with the count of actions in each status. */
    public Plan plan(CurrentUser user, long organisationId, ActionFilter filter) {
        access.requireRead(user, organisationId);
        List<Action> all = actions.plan(organisationId);
        LocalDate today = today();
        Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status, 0);
        }
        all.forEach(action -> counts.merge(action.getStatus(), 1, Integer::sum));
        int overdue =
                (int) all.stream().filter(action -> isOverdue(action, today)).count();
        List<Action> shown = all.stream()
                .filter(matching(filter, today))
                .sorted(order(filter.sort()))
                .toList();
        return new Plan(
                summaries(user, organisationId, shown, today),
                counts,
                overdue,
                access.canContribute(user, organisationId));
    }

    /** One action with its whole log, names resolved in one query. */
    public ActionDetail action(CurrentUser user, long organisationId, long actionId) {
        access.requireRead(user, organisationId);
        Action action = actions.findByIdAndOrganisationId(actionId, organisationId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        List<ActionLog> history = log.history(organisationId, actionId);
        Map<Long, String> names = accounts.displayNames(Stream.concat(
                        Stream.of(action.getOwnerUserId(), action.getCreatedBy()),
                        history.stream().map(ActionLog::getUserId))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Instant lastLoggedAt =
                history.isEmpty() ? null : history.get(history.size() - 1).getLoggedAt();
        return new ActionDetail(
                summary(user, action, names, lastLoggedAt, today()),
                action.getDescription(),
                action.getDropReason(),
                action.getVersion(),
                names.get(action.getCreatedBy()),
                action.getCreatedAt(),
                action.getUpdatedAt(),
                access.canContribute(user, organisationId),
                history.stream()
                        .map(entry -> new LogEntry(
                                names.get(entry.getUserId()),
                                entry.getLoggedAt(),
                                entry.getFromStatus(),
                                entry.getToStatus(),
                                entry.getComment()))
                        .toList());
    }

    /**
     * Open actions (planned, in progress) by criterion code of this framework, whichever version
     * they were linked on: what a pillar page or a report's gaps show beside each criterion.
     */
    public Map<String, List<ActionSummary>> openActionsByCriterion(
            CurrentUser user, long organisationId, String frameworkCode) {
        access.requireRead(user, organisationId);
        return byCriterion(user, organisationId, frameworkCode, actions.openOnFramework(organisationId, frameworkCode));
    }

    /** Every action by criterion code of this framework, done and dropped too: for the report. */
    public Map<String, List<ActionSummary>> actionsByCriterion(
            CurrentUser user, long organisationId, String frameworkCode) {
        access.requireRead(user, organisationId);
        return byCriterion(user, organisationId, frameworkCode, actions.onFramework(organisationId, frameworkCode));
    }

    private Map<String, List<ActionSummary>> byCriterion(
            CurrentUser user, long organisationId, String frameworkCode, List<Action> found) {
        List<ActionSummary> summaries = summaries(
                user,
                organisationId,
                found.stream().sorted(order(ActionSort.DUE_DATE)).toList(),
                today());
        Map<String, List<ActionSummary>> byCode = new TreeMap<>(CriterionRef.CODE_ORDER);
        for (ActionSummary summary : summaries) {
            for (CriterionRef criterion : summary.criteria()) {
                if (criterion.frameworkCode().equals(frameworkCode)) {
                    byCode.computeIfAbsent(criterion.criterionCode(), code -> new ArrayList<>())
                            .add(summary);
                }
            }
        }
        byCode.replaceAll((code, list) -> List.copyOf(list));
        return byCode;
    }

    private List<ActionSummary> summaries(
            CurrentUser user, long organisationId, Collection<Action> found, LocalDate today) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> lastLogged = new HashMap<>();
        for (Object[] row : log.lastLoggedAt(organisationId)) {
            lastLogged.put(((Number) row[0]).longValue(), (Instant) row[1]);
        }
        Map<Long, String> names = accounts.displayNames(found.stream()
                .map(Action::getOwnerUserId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(action -> summary(user, action, names, lastLogged.get(action.getId()), today))
                .toList();
    }

    private ActionSummary summary(
            CurrentUser user, Action action, Map<Long, String> names, Instant lastLoggedAt, LocalDate today) {
        return new ActionSummary(
                action.getId(),
                action.getTitle(),
                action.getOwnerUserId(),
                action.getOwnerUserId() == null ? action.getOwnerName() : names.get(action.getOwnerUserId()),
                action.getDueDate(),
                action.getPriority(),
                action.getStatus(),
                action.getCriteria().stream().sorted(CriterionRef.ORDER).toList(),
                isOverdue(action, today),
                isDueSoon(action, today),
                lastLoggedAt,
                action.getSourceAssessmentId(),
                access.canEdit(user, action));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    static boolean isOverdue(Action action, LocalDate today) {
        return action.getStatus().isOpen()
                && action.getDueDate() != null
                && action.getDueDate().isBefore(today);
    }

    static boolean isDueSoon(Action action, LocalDate today) {
        return action.getStatus().isOpen()
                && action.getDueDate() != null
                && !action.getDueDate().isBefore(today)
                && !action.getDueDate().isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    private static Predicate<Action> matching(ActionFilter filter, LocalDate today) {
        return action -> filter.statuses().contains(action.getStatus())
                && (filter.ownerUserId() == null || action.isOwnedBy(filter.ownerUserId()))
                && (filter.ownerName() == null || filter.ownerName().equalsIgnoreCase(action.getOwnerName()))
                && (!filter.overdueOnly() || isOverdue(action, today))
                && (filter.priority() == null || filter.priority() == action.getPriority())
                && (filter.sourceAssessmentId() == null
                        || filter.sourceAssessmentId().equals(action.getSourceAssessmentId()));
    }

    /** The chosen key first, then due date (undated last), priority, title and id: a stable order. */
    private static Comparator<Action> order(ActionSort sort) {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        collator.setStrength(Collator.PRIMARY);
        Comparator<Action> byDueDate =
                Comparator.comparing(Action::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Action> byPriority = Comparator.comparing(Action::getPriority);
        Comparator<Action> byTitle = Comparator.comparing(Action::getTitle, collator);
        Comparator<Action> first = switch (sort) {
            case DUE_DATE -> byDueDate;
            case PRIORITY -> byPriority;
            case STATUS -> Comparator.comparing(Action::getStatus);
            case TITLE -> byTitle;
        };
        return first.thenComparing(byDueDate)
                .thenComparing(byPriority)
                .thenComparing(byTitle)
                .thenComparing(Action::getId);
    }
}

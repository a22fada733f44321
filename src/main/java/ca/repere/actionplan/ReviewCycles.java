package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's review cycle: the date of its next full self-assessment (a year after the
 * last submitted one unless the lead sets another) and how often its open actions are followed
 * up (every three months unless the lead sets another). The home page, the plan and the
 * re-assessment reminder all read it here.
 */
@Service
public class ReviewCycles {

    static final int DEFAULT_FOLLOW_UP_MONTHS = 3;

    private final JdbcClient jdbc;
    private final ReassessmentDates assessmentDates;
    private final ActionPlanAccess access;
    private final Clock clock;
    private final ZoneId zone;
    private final Period reassessmentInterval;

    ReviewCycles(
            JdbcClient jdbc,
            ReassessmentDates assessmentDates,
            ActionPlanAccess access,
            Clock clock,
            @Value("${repere.time-zone:America/Toronto}") String zone,
            @Value("${repere.reassessment.interval:P1Y}") String reassessmentInterval) {
        this.jdbc = jdbc;
        this.assessmentDates = assessmentDates;
        this.access = access;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.reassessmentInterval = Period.parse(reassessmentInterval);
    }

    /**
     * {@code nextReassessment} is null while the organisation has submitted nothing and its lead
     * set no date; {@code chosen} says the lead set it.
     */
    public record ReviewCycle(
            LocalDate lastSubmitted,
            LocalDate nextReassessment,
            boolean chosen,
            int followUpMonths,
            LocalDate today,
            Instant followUpCutoff) {

        public boolean reassessmentDue() {
            return nextReassessment != null && !nextReassessment.isAfter(today);
        }

        /** An open action nobody has logged anything on for a follow-up interval. */
        public boolean followUpDue(ActionPlanView.ActionSummary action) {
            return action.status().isOpen()
                    && action.lastLoggedAt() != null
                    && action.lastLoggedAt().isBefore(followUpCutoff);
        }
    }

    @Transactional(readOnly = true)
    public ReviewCycle cycle(CurrentUser user, long organisationId) {
        access.requireRead(user, organisationId);
        return cycle(organisationId);
    }

    ReviewCycle cycle(long organisationId) {
        Optional<Stored> stored = stored(organisationId);
        LocalDate lastSubmitted = assessmentDates
                .lastSubmission(organisationId)
                .map(instant -> LocalDate.ofInstant(instant, zone))
                .orElse(null);
        LocalDate chosen = stored.map(Stored::nextReassessmentOn).orElse(null);
        LocalDate next =
                chosen != null ? chosen : lastSubmitted == null ? null : lastSubmitted.plus(reassessmentInterval);
        int months = stored.map(Stored::followUpMonths).orElse(DEFAULT_FOLLOW_UP_MONTHS);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new ReviewCycle(
                lastSubmitted,
                next,
                chosen != null,
                months,
                today,
                today.minusMonths(months).atStartOfDay(zone).toInstant());
    }

    /** The date the re-assessment reminder goes by, for an organisation that submitted on {@code submitted}. */
    LocalDate nextReassessment(long organisationId, Instant submitted) {
        return stored(organisationId)
                .map(Stored::nextReassessmentOn)
                .orElse(LocalDate.ofInstant(submitted, zone).plus(reassessmentInterval));
    }

    /** The lead sets the cycle; a null date goes back to "a year after the last submitted one". */
    @Transactional
    public void save(CurrentUser user, long organisationId, LocalDate nextReassessmentOn, int followUpMonths) {
        if (!user.isLeadOf(organisationId)) {
            throw new AccessDeniedException("lead of " + organisationId);
        }
        if (followUpMonths < 1 || followUpMonths > 12) {
            throw new ActionPlanException("actionplan.error.followUpMonths");
        }
        jdbc.sql("""
                        insert into review_cycle (organisation_id, next_reassessment_on, follow_up_months)
                        values (:organisation, :next, :months)
                        on conflict (organisation_id)
                        do update set next_reassessment_on = excluded.next_reassessment_on,
                                      follow_up_months = excluded.follow_up_months
                        """)
                .param("organisation", organisationId)
                .param("next", nextReassessmentOn)
                .param("months", followUpMonths)
                .update();
    }

    private Optional<Stored> stored(long organisationId) {
        return jdbc.sql("select next_reassessment_on, follow_up_months from review_cycle where organisation_id = ?")
                .param(organisationId)
                .query((row, number) -> new Stored(
                        row.getObject("next_reassessment_on", LocalDate.class), row.getInt("follow_up_months")))
                .optional();
    }

    private record Stored(LocalDate nextReassessmentOn, int followUpMonths) {}
}

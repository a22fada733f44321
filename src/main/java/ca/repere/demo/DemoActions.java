package ca.repere.demo;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.ActionFilter;
import ca.repere.actionplan.ActionPlanQueries;
import ca.repere.actionplan.ActionPlanService;
import ca.repere.actionplan.ActionPlanService.NewAction;
import ca.repere.actionplan.ActionStatus;
import ca.repere.actionplan.CriterionRef;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.Priority;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo organisation's action plan, drawn from last year's gaps: one action under way, one
 * overdue, one done, so the plan, the report and the home page have something to show.
 */
public class DemoActions {

    private static final String FRAMEWORK = "ccr-cleo-2021";

    private final OrganisationDirectory organisations;
    private final UserDetailsService users;
    private final ActionPlanService actions;
    private final ActionPlanQueries plans;
    private final AssessmentQueries assessments;
    private final Clock clock;

    public DemoActions(
            OrganisationDirectory organisations,
            UserDetailsService users,
            ActionPlanService actions,
            ActionPlanQueries plans,
            AssessmentQueries assessments,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.actions = actions;
        this.plans = plans;
        this.assessments = assessments;
        this.clock = clock;
    }

    public void ensurePresent() {
        long organisation = DemoData.firstOrganisation(organisations);
        CurrentUser lead = (CurrentUser) users.loadUserByUsername(DemoMode.LEAD.email());
        CurrentUser staff = (CurrentUser) users.loadUserByUsername(DemoMode.STAFF.email());
        if (plans.plan(lead, organisation, ActionFilter.all()).total() > 0) {
            return;
        }
        Long lastYear = assessments.list(lead, organisation).stream()
                .filter(assessment -> assessment.label().equals(DemoAssessments.SUBMITTED_LABEL))
                .map(assessment -> assessment.id())
                .findFirst()
                .orElse(null);
        LocalDate today = LocalDate.now(clock);

        long review = actions.create(
                lead,
                organisation,
                new NewAction(
                        "Adopter une procédure d’examen ciblé",
                        "Écrire la procédure, la faire adopter par le conseil, l’essayer sur un dossier.",
                        Set.of(new CriterionRef(FRAMEWORK, "4.3")),
                        lead.id(),
                        null,
                        today.plusWeeks(3),
                        Priority.HIGH,
                        lastYear));
        actions.changeStatus(lead, organisation, review, 0, ActionStatus.IN_PROGRESS, "Premier brouillon en cours.");
        actions.create(
                lead,
                organisation,
                new NewAction(
                        "Mettre en place un mécanisme de plainte accessible",
                        null,
                        Set.of(new CriterionRef(FRAMEWORK, "1.6")),
                        staff.id(),
                        null,
                        today.minusDays(10),
                        Priority.HIGH,
                        lastYear));
        long training = actions.create(
                lead,
                organisation,
                new NewAction(
                        "Former l’équipe aux mises à jour d’IRCC",
                        null,
                        Set.of(new CriterionRef(FRAMEWORK, "3.1"), new CriterionRef(FRAMEWORK, "3.4")),
                        null,
                        "Conseil d’administration",
                        today.minusMonths(1),
                        Priority.NORMAL,
                        lastYear));
        actions.changeStatus(lead, organisation, training, 0, ActionStatus.DONE, "Formation donnée le mois dernier.");
    }
}

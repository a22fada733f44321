package ca.repere.demo;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentPages;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.AssessmentService.StartCommand;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo organisation's self-assessments: last year's, submitted, and this year's, started from
 * it and under way, so that every page has something real to show.
 */
public class DemoAssessments {

    static final String SUBMITTED_LABEL = "Bilan annuel 2025";
    static final String IN_PROGRESS_LABEL = "Bilan annuel 2026";

    /** Last year's answers, criterion by criterion: rating, what is in place, what is missing. */
    private static final Map<String, Answer> LAST_YEAR = Map.ofEntries(
            Map.entry(
                    "1.1",
                    new Answer(4, "Mission inscrite dans les lettres patentes ; revue chaque année par le CA.", null)),
            Map.entry(
                    "1.2",
                    new Answer(
                            3,
                            "Rapport annuel : besoins des demandeurs d’asile sans représentation.",
                            "Pas de document destiné aux clients.")),
            Map.entry("1.3", new Answer(4, "Gratuité affichée à l’accueil et sur le site.", null)),
            Map.entry(
                    "1.4",
                    new Answer(
                            2,
                            "Code de conduite signé par le personnel.",
                            "Rien pour les bénévoles ; pas de politique de conflit d’intérêts.")),
            Map.entry("1.5", new Answer(2, "Formation antiracisme en 2024.", "Aucun engagement écrit.")),
            Map.entry(
                    "1.6",
                    new Answer(
                            1,
                            "Les plaintes arrivent par courriel à la direction.",
                            "Pas de mécanisme accessible ni de suivi.")),
            Map.entry("1.7", new Answer(3, "Police d’assurance responsabilité renouvelée en janvier.", null)),
            Map.entry("2.1", new Answer(3, "Liste des processus soutenus (asile, réunification familiale).", null)),
            Map.entry(
                    "2.2",
                    new Answer(2, "Fiches de poste.", "Le moment de consulter la supervision n’est pas défini.")),
            Map.entry(
                    "2.3", new Answer(2, "Entente avec une clinique juridique.", "Critères de référence non écrits.")),
            Map.entry("2.4", new Answer(3, "Procédure de consultation de la supervision.", null)),
            Map.entry("2.5", new Answer(3, "Vérification de l’admissibilité à l’aide juridique à l’accueil.", null)),
            Map.entry(
                    "3.1", new Answer(2, "Formation initiale de deux jours.", "Pas de formation continue planifiée.")),
            Map.entry("3.2", new Answer(1, null, "Aucun centre de connaissances identifié dans la région.")),
            Map.entry(
                    "3.3",
                    new Answer(
                            3, "Participation aux consultations du CCR ; abonnement aux listes de diffusion.", null)),
            Map.entry(
                    "3.4",
                    new Answer(2, "Réunion d’équipe mensuelle.", "Les bénévoles ne reçoivent pas les mises à jour.")),
            Map.entry("4.1", new Answer(1, "Première autoévaluation avec ce cadre.", null)),
            Map.entry("4.2", new Answer(1, null, "Dépend du mécanisme de plainte (1.6).")),
            Map.entry("4.3", new Answer(0, null, "Aucun processus d’examen ciblé.")));

    private record Answer(int rating, String evidence, String notes) {}

    private final OrganisationDirectory organisations;
    private final UserDetailsService users;
    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final FrameworkLibrary frameworks;

    public DemoAssessments(
            OrganisationDirectory organisations,
            UserDetailsService users,
            AssessmentService assessments,
            AssessmentQueries queries,
            FrameworkLibrary frameworks) {
        this.organisations = organisations;
        this.users = users;
        this.assessments = assessments;
        this.queries = queries;
        this.frameworks = frameworks;
    }

    /** Creates them unless they are there already. */
    public void ensurePresent() {
        long organisation = DemoData.firstOrganisation(organisations);
        CurrentUser lead = (CurrentUser) users.loadUserByUsername(DemoMode.LEAD.email());
        boolean present = queries.list(lead, organisation).stream()
                .anyMatch(assessment -> assessment.label().equals(SUBMITTED_LABEL));
        if (present) {
            return;
        }
        long framework = frameworks.publishedVersions().stream()
                .filter(version -> version.frameworkCode().equals("ccr-cleo-2021"))
                .map(FrameworkVersionSummary::id)
                .findFirst()
                .orElseThrow();

        long lastYear = assessments.start(
                lead, organisation, new StartCommand(framework, SUBMITTED_LABEL, Scope.FULL, Set.of(), null, false));
        for (AssessmentPages.PillarTask pillar :
                queries.taskList(lead, organisation, lastYear).pillars()) {
            answer(lead, organisation, lastYear, pillar.code());
        }
        assessments.submit(lead, organisation, lastYear);

        // This year's starts from last year's: pillar 1 is already confirmed by the staff member.
        long thisYear = assessments.start(
                lead, organisation, new StartCommand(framework, IN_PROGRESS_LABEL, Scope.FULL, Set.of(), null, true));
        CurrentUser staff = (CurrentUser) users.loadUserByUsername(DemoMode.STAFF.email());
        confirm(staff, organisation, thisYear, "1");
    }

    private void answer(CurrentUser user, long organisation, long assessment, String pillar) {
        List<AnswerEdit> edits = queries.pillarPage(user, organisation, assessment, pillar).criteria().stream()
                .map(criterion -> {
                    Answer answer = LAST_YEAR.get(criterion.criterion().code());
                    return new AnswerEdit(
                            criterion.criterion().id(),
                            criterion.version(),
                            answer == null ? 2 : answer.rating(),
                            answer == null ? null : answer.evidence(),
                            answer == null ? null : answer.notes(),
                            true,
                            false);
                })
                .toList();
        assessments.saveAnswers(user, organisation, assessment, pillar, edits, List.of());
    }

    private void confirm(CurrentUser user, long organisation, long assessment, String pillar) {
        List<AnswerEdit> edits = queries.pillarPage(user, organisation, assessment, pillar).criteria().stream()
                .map(criterion -> new AnswerEdit(
                        criterion.criterion().id(),
                        criterion.version(),
                        criterion.rating(),
                        criterion.evidence(),
                        criterion.notes(),
                        true,
                        false))
                .toList();
        assessments.saveAnswers(user, organisation, assessment, pillar, edits, List.of());
    }
}

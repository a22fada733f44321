package ca.repere.demo;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.AssessmentService.StartCommand;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.network.NetworkSharing;
import ca.repere.organisation.NetworkSummary;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.DemoMode;
import ca.repere.shared.i18n.Language;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * More members for the demo network, each with a submitted self-assessment, most of them sharing
 * it, so that the coordinator's dashboard has something to show and the demo organisation's report
 * a network benchmark (it needs five contributing organisations). Ratings are varied but the same
 * at every start (fixed seeds).
 */
public class DemoNetwork {

    static final List<OrganisationProfile> MEMBERS = List.of(
            new OrganisationProfile(
                    "Maison d’accueil de Sherbrooke",
                    Province.QC,
                    SizeBand.SMALL,
                    6,
                    25,
                    Set.of(ServiceArea.REFUGEE_CLAIMS, ServiceArea.PERMANENT_RESIDENCE),
                    true),
            new OrganisationProfile(
                    "Toronto Newcomer Legal Clinic",
                    Province.ON,
                    SizeBand.MEDIUM,
                    40,
                    10,
                    Set.of(ServiceArea.REFUGEE_CLAIMS, ServiceArea.FAMILY_REUNIFICATION, ServiceArea.CITIZENSHIP),
                    true),
            new OrganisationProfile(
                    "Winnipeg Sponsorship Network",
                    Province.MB,
                    SizeBand.MICRO,
                    1,
                    20,
                    Set.of(ServiceArea.PRIVATE_SPONSORSHIP, ServiceArea.RESETTLED_REFUGEES),
                    true),
            new OrganisationProfile(
                    "Halifax Immigrant Support Centre",
                    Province.NS,
                    SizeBand.SMALL,
                    12,
                    15,
                    Set.of(ServiceArea.PERMANENT_RESIDENCE, ServiceArea.CITIZENSHIP),
                    true),
            new OrganisationProfile(
                    "Calgary Migrant Workers Hub",
                    Province.AB,
                    SizeBand.SMALL,
                    8,
                    6,
                    Set.of(ServiceArea.MIGRANT_WORKERS, ServiceArea.TEMPORARY_STATUS),
                    false),
            new OrganisationProfile(
                    "Vancouver Refugee Aid",
                    Province.BC,
                    SizeBand.LARGE,
                    110,
                    60,
                    Set.of(ServiceArea.REFUGEE_CLAIMS, ServiceArea.RESETTLED_REFUGEES),
                    true));

    /** The member that keeps its results to itself: the dashboard shows its participation only. */
    static final String NOT_SHARING = "Calgary Migrant Workers Hub";

    private final OrganisationDirectory directory;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final FrameworkLibrary frameworks;
    private final NetworkSharing sharing;

    public DemoNetwork(
            OrganisationDirectory directory,
            AccountService accounts,
            UserDetailsService users,
            AssessmentService assessments,
            AssessmentQueries queries,
            FrameworkLibrary frameworks,
            NetworkSharing sharing) {
        this.directory = directory;
        this.accounts = accounts;
        this.users = users;
        this.assessments = assessments;
        this.queries = queries;
        this.frameworks = frameworks;
        this.sharing = sharing;
    }

    /** Creates them unless they are there already. */
    public void ensurePresent() {
        boolean present = directory.allOrganisations().stream()
                .anyMatch(organisation ->
                        organisation.name().equals(MEMBERS.get(0).name()));
        if (present) {
            return;
        }
        long network = directory.allNetworks().stream()
                .filter(candidate -> candidate.name().equals(DemoData.NETWORK))
                .map(NetworkSummary::id)
                .findFirst()
                .orElseThrow();
        long framework = frameworks.publishedVersions().stream()
                .filter(version -> version.frameworkCode().equals("ccr-cleo-2021"))
                .map(FrameworkVersionSummary::id)
                .findFirst()
                .orElseThrow();
        for (int index = 0; index < MEMBERS.size(); index++) {
            OrganisationProfile profile = MEMBERS.get(index);
            long organisation = directory.createOrganisation(profile);
            directory.addMember(network, organisation);
            String email = "lead" + (index + 2) + "@demo.repere";
            long userId = accounts.createUser(email, "Responsable " + (index + 2), Language.FR, DemoMode.PASSWORD);
            accounts.grant(userId, Grant.leadOf(organisation));
            CurrentUser lead = (CurrentUser) users.loadUserByUsername(email);
            submitted(lead, organisation, framework, new Random(index));
            if (!profile.name().equals(NOT_SHARING)) {
                sharing.share(lead, organisation, network, true);
            }
        }
        // The demo organisation shares too: its report then compares with the network.
        CurrentUser demoLead = (CurrentUser) users.loadUserByUsername(DemoMode.LEAD.email());
        sharing.share(demoLead, DemoData.firstOrganisation(directory), network, true);
    }

    private void submitted(CurrentUser lead, long organisation, long framework, Random ratings) {
        long assessment = assessments.start(
                lead,
                organisation,
                new StartCommand(framework, "Autoévaluation 2026", Scope.FULL, Set.of(), null, false));
        for (String pillar : queries.pillarCodes(lead, organisation, assessment)) {
            List<AnswerEdit> edits = queries.pillarPage(lead, organisation, assessment, pillar).criteria().stream()
                    .map(answer -> new AnswerEdit(
                            answer.criterion().id(),
                            answer.version(),
                            // Mostly partly in place or better, with a few real gaps.
                            Math.min(4, ratings.nextInt(3) + ratings.nextInt(3)),
                            null,
                            null,
                            true,
                            false))
                    .toList();
            assessments.saveAnswers(lead, organisation, assessment, pillar, edits, List.of());
        }
        assessments.submit(lead, organisation, assessment);
    }
}

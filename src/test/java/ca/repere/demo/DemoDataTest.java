package ca.repere.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.assessment.AssessmentPages;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.AssessmentStatus;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import ca.repere.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

class DemoDataTest extends IntegrationTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    AssessmentQueries queries;

    @Test
    void demoDataGivesANetworkOfThreeOrganisationsAndAnAccountPerRoleOnce() {
        DemoData demo = new DemoData(directory, accounts);
        demo.ensurePresent();
        demo.ensurePresent();

        assertThat(directory.allNetworks())
                .filteredOn(network -> network.name().equals(DemoData.NETWORK))
                .singleElement()
                .satisfies(network -> assertThat(network.memberCount()).isEqualTo(3));
        for (DemoMode.DemoAccount account : DemoMode.ACCOUNTS) {
            assertThat(mvc.post()
                            .uri("/login")
                            .param("email", account.email())
                            .param("password", DemoMode.PASSWORD)
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr("10.9.0.1");
                                return request;
                            }))
                    .as(account.email())
                    .redirectedUrl()
                    .isEqualTo("/");
        }
    }

    @Autowired
    AssessmentService assessmentService;

    @Autowired
    FrameworkLibrary frameworks;

    @Test
    void demoOrganisationHasLastYearsSubmittedAssessmentAndThisYearsUnderWay() {
        new DemoData(directory, accounts).ensurePresent();
        DemoAssessments demoAssessments =
                new DemoAssessments(directory, userDetails, assessmentService, queries, frameworks);
        demoAssessments.ensurePresent();
        demoAssessments.ensurePresent();

        CurrentUser lead = (CurrentUser) userDetails.loadUserByUsername(DemoMode.LEAD.email());
        long organisation = lead.organisationIds().iterator().next();
        // Other tests may have added assessments to the demo organisation: look at the demo ones.
        List<AssessmentPages.Summary> assessments = queries.list(lead, organisation).stream()
                .filter(summary -> summary.label().startsWith("Bilan annuel 20"))
                .toList();
        assertThat(assessments)
                .extracting(AssessmentPages.Summary::label, AssessmentPages.Summary::status)
                .containsExactlyInAnyOrder(
                        tuple(DemoAssessments.IN_PROGRESS_LABEL, AssessmentStatus.DRAFT),
                        tuple(DemoAssessments.SUBMITTED_LABEL, AssessmentStatus.SUBMITTED));
        AssessmentPages.TaskList thisYear = queries.taskList(
                lead,
                organisation,
                assessments.stream()
                        .filter(summary -> summary.status() == AssessmentStatus.DRAFT)
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(thisYear.unconfirmed()).isEqualTo(19 - 7);
    }

    @Test
    void demoModeIsOnForTheEmbeddedDefaultOrTheDemoProfileAndOffForAConfiguredDatabase() {
        assertThat(DemoMode.isEnabled(new MockEnvironment())).isTrue();
        assertThat(DemoMode.isEnabled(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/repere")))
                .isFalse();
        MockEnvironment demoProfile =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x");
        demoProfile.setActiveProfiles("demo");
        assertThat(DemoMode.isEnabled(demoProfile)).isTrue();
        assertThat(DemoMode.isEnabled(new MockEnvironment().withProperty("repere.demo-data", "false")))
                .isFalse();
    }

    @Test
    void loginPageListsDemoAccountsOnlyInDemoMode() {
        // The test context configures its database, so it is not a demo instance.
        assertThat(mvc.get().uri("/login"))
                .bodyText()
                .doesNotContain(DemoMode.PASSWORD)
                .doesNotContain("@demo.repere");
    }
}

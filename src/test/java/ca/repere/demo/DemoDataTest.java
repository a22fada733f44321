package ca.repere.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.AccountService;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import ca.repere.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

class DemoDataTest extends IntegrationTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    AccountService accounts;

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

package ca.repere.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.assessment.AssessmentService;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.support.IntegrationTest;
import ca.repere.support.StatementCounter;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The coordinators' dashboard: consent decides what is seen, figures are right, cost does not grow. */
class NetworkDashboardTest extends IntegrationTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    NetworkSharing sharing;

    @Test
    void aCoordinatorSeesScoresOnlyOfMembersThatShareAndParticipationOfAll() throws Exception {
        Member sharer = member("Sharer", Province.ON, Map.of("1.5", 0, "1.6", 1));
        Member keeper = member("Keeper", Province.QC, Map.of("1.5", 0));
        long network = data.network(sharer.id, keeper.id);
        share(sharer, network);
        User coordinator = data.user(Grant.coordinatorOf(network));

        String page = dashboard(coordinator, network, "lang=en");

        assertThat(page)
                .contains("2 member organizations match; 1 of them share")
                .contains(sharer.name)
                .contains(keeper.name)
                .contains("/assessments/" + sharer.assessment + "/report")
                .doesNotContain("/assessments/" + keeper.assessment + "/report");
        // 1.5 is rated 0 by the sharer only: the keeper's 0 does not count anywhere.
        assertThat(page).contains("100 % (1 of 1)");
    }

    @Test
    void stoppingSharingRemovesTheResultsAtOnce() throws Exception {
        Member member = member("Stopper", Province.ON, Map.of());
        long network = data.network(member.id);
        share(member, network);
        User coordinator = data.user(Grant.coordinatorOf(network));
        assertThat(dashboard(coordinator, network, "lang=en"))
                .contains("/assessments/" + member.assessment + "/report");

        assertThat(mvc.post()
                        .uri("/organisations/" + member.id + "/sharing/" + network)
                        .param("shared", "false")
                        .with(as(member.lead))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(dashboard(coordinator, network, "lang=en"))
                .doesNotContain("/assessments/" + member.assessment + "/report")
                .contains("No member that matches shares");
    }

    @Test
    void onlyTheLeadChoosesAndOnlyForTheOrganisationsOwnNetworks() throws Exception {
        Member member = member("Chooser", Province.ON, Map.of());
        long network = data.network(member.id);
        long otherNetwork = data.network(data.organisation());
        User staff = data.user(Grant.staffOf(member.id));

        assertThat(mvc.post()
                        .uri("/organisations/" + member.id + "/sharing/" + network)
                        .param("shared", "true")
                        .with(as(staff))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/organisations/" + member.id + "/sharing/" + otherNetwork)
                        .param("shared", "true")
                        .with(as(member.lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from network_sharing where organisation_id = :o")
                        .param("o", member.id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.get()
                        .uri("/organisations/" + member.id + "/sharing?lang=en")
                        .with(as(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Not shared")
                .contains("Only the organization’s lead can change this.");
    }

    @Test
    void coordinatorsOfAnotherNetworkAndMembersCannotOpenTheDashboard() throws Exception {
        Member member = member("Private", Province.ON, Map.of());
        long network = data.network(member.id);
        share(member, network);
        User otherCoordinator = data.user(Grant.coordinatorOf(data.network(data.organisation())));

        assertThat(mvc.get().uri("/networks/" + network + "/dashboard").with(as(otherCoordinator)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/networks/" + network + "/dashboard").with(as(member.lead)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/networks/" + network + "/dashboard")).hasStatus3xxRedirection();
    }

    @Test
    void filtersNarrowTheMembersCounted() throws Exception {
        Member ontario = member("Ontario", Province.ON, Map.of());
        Member quebec = member("Quebec", Province.QC, Map.of());
        long network = data.network(ontario.id, quebec.id);
        share(ontario, network);
        share(quebec, network);
        User coordinator = data.user(Grant.coordinatorOf(network));

        assertThat(dashboard(coordinator, network, "lang=en&province=QC"))
                .contains("1 member organizations match; 1 of them share")
                .contains(quebec.name)
                .doesNotContain(ontario.name);
        assertThat(dashboard(coordinator, network, "lang=en&province=XX")).contains("2 member organizations match");
    }

    @Test
    void theDashboardCostsTheSameStatementsForTwoOrEightMembers() throws Exception {
        long small = networkOf(2);
        long large = networkOf(8);
        User smallCoordinator = data.user(Grant.coordinatorOf(small));
        User largeCoordinator = data.user(Grant.coordinatorOf(large));
        // Both once first: the first request of a session reads what later ones find cached.
        dashboard(smallCoordinator, small, "lang=en");
        dashboard(largeCoordinator, large, "lang=en");

        StatementCounter.reset();
        dashboard(smallCoordinator, small, "lang=en");
        long forTwo = StatementCounter.count();
        StatementCounter.reset();
        dashboard(largeCoordinator, large, "lang=en");
        long forEight = StatementCounter.count();

        assertThat(forEight).isEqualTo(forTwo);
        assertThat(forTwo).isLessThanOrEqualTo(10);
    }

    private long networkOf(int members) {
        List<Member> all = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            all.add(member("Counted", Province.ON, Map.of("2.1", i % 5)));
        }
        long network = data.network(all.stream().mapToLong(member -> member.id).toArray());
        all.forEach(member -> share(member, network));
        return network;
    }

    private String dashboard(User coordinator, long network, String query) throws Exception {
        var result = mvc.get()
                .uri("/networks/" + network + "/dashboard?" + query)
                .with(as(coordinator))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void share(Member member, long network) {
        sharing.share(data.current(member.lead), member.id, network, true);
    }

    private Member member(String prefix, Province province, Map<String, Integer> ratings) {
        String name = TestData.unique(prefix);
        long organisation = directory.createOrganisation(new OrganisationProfile(
                name, province, SizeBand.SMALL, 5, 10, Set.of(ServiceArea.REFUGEE_CLAIMS), true));
        User lead = data.user(Grant.leadOf(organisation));
        long assessment = testAssessments.ccrCleoRated(lead, organisation, ratings);
        assessments.submit(data.current(lead), organisation, assessment);
        return new Member(organisation, name, lead, assessment);
    }

    private record Member(long id, String name, User lead, long assessment) {}
}

package ca.repere.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.DemoMode;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The data generator, on a small scale: what it writes obeys the schema and gets its scores kept. */
class NetworkGeneratorTest extends IntegrationTest {

    @Autowired
    NetworkGenerator generator;

    @Test
    void generatesMembersWithSubmittedAssessmentsWhoseResultsAreKept() throws Exception {
        NetworkGenerator.Settings settings =
                new NetworkGenerator.Settings(TestData.unique("g").toLowerCase(), 20, 3, 80, 7);

        NetworkGenerator.Result result = generator.generate(settings);

        assertThat(result.created()).isTrue();
        long network = result.networkId();
        assertThat(count("select count(*) from network_member where network_id = ?", network))
                .isEqualTo(20);
        assertThat(count("""
                        select count(*) from assessment a join network_member m on m.organisation_id = a.organisation_id
                        where m.network_id = ? and a.status = 'SUBMITTED'""", network)).isEqualTo(60);
        assertThat(count("""
                        select count(*) from assessment_result r join network_member m on m.organisation_id = r.organisation_id
                        where m.network_id = ?""", network)).isEqualTo(60);
        // Every submitted answer kept: 19 criteria of the CCR/CLEO framework, 4 pillars.
        assertThat(count("""
                        select count(*) from criterion_result c join assessment_result r on r.assessment_id = c.assessment_id
                        join network_member m on m.organisation_id = r.organisation_id where m.network_id = ?""", network)).isEqualTo(60 * 19);
        assertThat(count("""
                        select count(*) from pillar_result p join assessment_result r on r.assessment_id = p.assessment_id
                        join network_member m on m.organisation_id = r.organisation_id where m.network_id = ?""", network)).isEqualTo(60 * 4);
        // Ratings differ: not one value for everyone.
        assertThat(count("""
                        select count(distinct c.rating) from criterion_result c
                        join assessment_result r on r.assessment_id = c.assessment_id
                        join network_member m on m.organisation_id = r.organisation_id where m.network_id = ?""", network)).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from network_sharing where network_id = ?", network))
                .isBetween(10L, 20L);
        assertThat(count("""
                        select count(*) from action a join network_member m on m.organisation_id = a.organisation_id
                        where m.network_id = ?""", network)).isEqualTo(result.actions());
    }

    @Test
    void theCoordinatorLogsInWithTheDocumentedPasswordAndSeesEveryMember() throws Exception {
        NetworkGenerator.Settings settings =
                new NetworkGenerator.Settings(TestData.unique("h").toLowerCase(), 5, 2, 100, 11);
        long network = generator.generate(settings).networkId();
        HttpClient http = HttpClient.newBuilder().build();

        HttpResponse<String> login = HttpSessions.submitLogin(
                http,
                baseUrl(),
                HttpSessions.openLoginPage(http, baseUrl()),
                settings.coordinatorEmail(),
                DemoMode.PASSWORD);
        String session = HttpSessions.sessionCookie(login);
        HttpResponse<String> dashboard = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/networks/" + network + "/dashboard?lang=en"))
                        .header("Cookie", HttpSessions.COOKIE + "=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("5 member organizations match; 5 of them share");
    }

    @Test
    void aSecondRunWithTheSameNetworkNameGeneratesNothing() {
        NetworkGenerator.Settings settings =
                new NetworkGenerator.Settings(TestData.unique("i").toLowerCase(), 3, 1, 80, 3);
        long network = generator.generate(settings).networkId();
        long organisations = count("select count(*) from organisation");

        NetworkGenerator.Result again = generator.generate(settings);

        assertThat(again.created()).isFalse();
        assertThat(again.networkId()).isEqualTo(network);
        assertThat(count("select count(*) from organisation")).isEqualTo(organisations);
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }
}

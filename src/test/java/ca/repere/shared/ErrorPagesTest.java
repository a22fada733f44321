package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/**
 * Error pages speak the user's language and never show technical detail. Over real HTTP, since
 * error pages are rendered by the servlet container's error dispatch, which MockMvc does not run.
 */
class ErrorPagesTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unexpectedFailureShowsAFriendlyPageWithoutStackTraceOrSql() throws Exception {
        String session = loggedInSession();

        HttpResponse<String> french = get(FAILING_PATH + "?lang=fr", session);
        HttpResponse<String> english = get(FAILING_PATH + "?lang=en", session);

        assertThat(french.statusCode()).isEqualTo(500);
        assertThat(french.body()).contains("Erreur du serveur").contains("<html lang=\"fr\"");
        assertThat(english.body()).contains("Server error").contains("<html lang=\"en\"");
        for (HttpResponse<String> response : java.util.List.of(french, english)) {
            assertThat(response.body())
                    .doesNotContain("IllegalStateException")
                    .doesNotContain("SELECT secret")
                    .doesNotContain("at ca.repere")
                    .doesNotContain("Whitelabel");
        }
    }

    @Test
    void aQueryTheDatabaseRefusesShowsTheSamePageWithoutItsSqlOrExceptionNames() throws Exception {
        String session = loggedInSession();

        HttpResponse<String> response = get(FAILING_SQL_PATH + "?lang=en", session);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Server error")
                .doesNotContainIgnoringCase("secret_column_of_internals")
                .doesNotContainIgnoringCase("select ")
                .doesNotContain("SQL")
                .doesNotContain("Exception")
                .doesNotContain("org.springframework")
                .doesNotContain("org.postgresql")
                .doesNotContain("at ca.repere");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void unknownPageIsA404InTheUsersLanguage() throws Exception {
        String session = loggedInSession();

        HttpResponse<String> english = get("/no-such-page?lang=en", session);
        HttpResponse<String> french = get("/no-such-page?lang=fr", session);

        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found").contains("href=\"/no-such-page?lang=fr\"");
        assertThat(french.body()).contains("Page introuvable");
    }

    @Test
    void foreignOrganisationIsA403PageInTheUsersLanguage() throws Exception {
        String session = loggedInSession();
        long foreign = data.organisation();

        HttpResponse<String> response = get("/organisations/" + foreign + "?lang=en", session);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Access denied");
    }

    @Test
    void malformedIdIsA400PageNotAServerError() throws Exception {
        String session = loggedInSession();

        HttpResponse<String> response = get("/organisations/not-a-number?lang=en", session);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Request not possible").doesNotContain("NumberFormatException");
    }

    private String loggedInSession() throws Exception {
        User user = data.user(Grant.staffOf(data.organisation()));
        return HttpSessions.login(http, baseUrl(), user.email());
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Cookie", "REPERE_SESSION=" + session)
                        .header("Accept", "text/html,application/xhtml+xml")
                        .build(),
                BodyHandlers.ofString());
    }
}

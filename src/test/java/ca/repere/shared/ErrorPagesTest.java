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

    @Test
    void textWithANulCharacterIsRefusedWithA400SayingWhyInTheUsersLanguage() throws Exception {
        String session = loggedInSession();

        HttpResponse<String> french = postNul(session, "fr");
        HttpResponse<String> english = postNul(session, "en");

        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("caractère invisible (NUL)").contains("<html lang=\"fr\"");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("invisible character (NUL)").contains("<html lang=\"en\"");
        assertThat(english.body()).doesNotContain("PSQLException").doesNotContain("0x00");
    }

    /** A form posted with a NUL byte in a text, as a pasted text or a robot may send it. */
    private HttpResponse<String> postNul(String session, String language) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/account/profile"))
                        .header("Cookie", "REPERE_SESSION=" + session)
                        .header("Accept", "text/html")
                        .header("Accept-Language", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("displayName=Sam%00Staff&language=" + language))
                        .build(),
                BodyHandlers.ofString());
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

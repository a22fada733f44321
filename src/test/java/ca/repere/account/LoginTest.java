package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class LoginTest extends IntegrationTest {

    @Test
    void correctPasswordLogsInAndLandsOnTheHomePage() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        MvcTestResult result = login(staff.email(), TestData.PASSWORD, "10.0.0.1");

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(result.getMvcResult().getResponse().getCookie(HttpSessions.COOKIE))
                .isNotNull();
    }

    @Test
    void emailIsMatchedWithoutRegardToCaseOrSurroundingSpaces() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(login("  " + staff.email().toUpperCase() + " ", TestData.PASSWORD, "10.0.0.2"))
                .redirectedUrl()
                .isEqualTo("/");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameGenericAnswer() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(login(staff.email(), "wrong password", "10.0.0.3"))
                .redirectedUrl()
                .isEqualTo("/login?error");
        assertThat(login("nobody-" + System.nanoTime() + "@example.org", "whatever", "10.0.0.3"))
                .redirectedUrl()
                .isEqualTo("/login?error");
    }

    @Test
    void loginPageShowsTheGenericMessageAndKeepsTheEmailTyped() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        MockHttpSession session = new MockHttpSession();
        mvc.post()
                .uri("/login")
                .session(session)
                .param("email", staff.email())
                .param("password", "wrong")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.0.0.4");
                    return request;
                })
                .exchange();

        assertThat(mvc.get()
                        .uri("/login")
                        .param("error", "")
                        .param("lang", "en")
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Incorrect e-mail address or password.")
                .contains("value=\"" + staff.email() + "\"");
    }

    @Test
    void accountIsThrottledAfterFiveFailuresEvenWithTheRightPassword() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        for (int attempt = 1; attempt <= 5; attempt++) {
            // Different addresses: the per-account limit is the one under test.
            assertThat(login(staff.email(), "guess " + attempt, "10.1.0." + attempt))
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }

        assertThat(login(staff.email(), TestData.PASSWORD, "10.1.0.99"))
                .redirectedUrl()
                .isEqualTo("/login?blocked");
        assertThat(mvc.get().uri("/login").param("blocked", "").param("lang", "en"))
                .bodyText()
                .contains("Too many failed login attempts");
    }

    @Test
    void addressIsThrottledAfterTwentyFailuresAcrossAccounts() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        String address = "10.2.0.1";
        for (int attempt = 1; attempt <= 20; attempt++) {
            login("someone" + attempt + "-" + System.nanoTime() + "@example.org", "guess", address);
        }

        assertThat(login(staff.email(), TestData.PASSWORD, address))
                .redirectedUrl()
                .isEqualTo("/login?blocked");
        // The account itself is not locked: from elsewhere its owner still gets in.
        assertThat(login(staff.email(), TestData.PASSWORD, "10.2.0.2"))
                .redirectedUrl()
                .isEqualTo("/");
    }

    @Test
    void successfulLoginForgivesEarlierFailuresOfTheAccount() {
        User staff = data.user(Grant.staffOf(data.organisation()));
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(staff.email(), "guess", "10.3.0." + attempt);
        }
        assertThat(login(staff.email(), TestData.PASSWORD, "10.3.0.10"))
                .redirectedUrl()
                .isEqualTo("/");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(staff.email(), "guess", "10.3.1." + attempt);
        }

        assertThat(login(staff.email(), TestData.PASSWORD, "10.3.0.11"))
                .redirectedUrl()
                .isEqualTo("/");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.post().uri("/login").param("email", staff.email()).param("password", TestData.PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        User staff = data.user(Grant.staffOf(data.organisation()));

        assertThat(mvc.post().uri("/logout").with(as(staff))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void sessionIdChangesAtLoginAgainstSessionFixation() throws Exception {
        User staff = data.user(Grant.staffOf(data.organisation()));
        // Over real HTTP: the servlet container, not a mock, decides the session id.
        HttpClient http = HttpClient.newHttpClient();
        HttpSessions.LoginPage page = HttpSessions.openLoginPage(http, baseUrl());

        HttpResponse<String> login = HttpSessions.submitLogin(http, baseUrl(), page, staff.email(), TestData.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        assertThat(HttpSessions.sessionCookie(login)).isNotBlank().isNotEqualTo(page.session());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith(HttpSessions.COOKIE + "="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    private MvcTestResult login(String email, String password, String address) {
        return mvc.post()
                .uri("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .exchange();
    }
}

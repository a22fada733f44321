package ca.repere.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in over real HTTP, as a browser would, for tests that need the servlet container itself. */
public final class HttpSessions {

    public static final String COOKIE = "REPERE_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private HttpSessions() {}

    /** The login page's anonymous session and its CSRF token. */
    public record LoginPage(String session, String csrfToken) {}

    public static LoginPage openLoginPage(HttpClient http, String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return new LoginPage(sessionCookie(page), token.group(1));
    }

    public static HttpResponse<String> submitLogin(
            HttpClient http, String baseUrl, LoginPage page, String email, String password)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", COOKIE + "=" + page.session())
                        .POST(BodyPublishers.ofString("email=" + URLEncoder.encode(email, UTF_8)
                                + "&password=" + URLEncoder.encode(password, UTF_8)
                                + "&_csrf=" + URLEncoder.encode(page.csrfToken(), UTF_8)))
                        .build(),
                BodyHandlers.ofString());
    }

    /** Logs in with {@link TestData#PASSWORD} and returns the session cookie's value. */
    public static String login(HttpClient http, String baseUrl, String email) throws IOException, InterruptedException {
        HttpResponse<String> response =
                submitLogin(http, baseUrl, openLoginPage(http, baseUrl), email, TestData.PASSWORD);
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Login failed for " + email);
        }
        return sessionCookie(response);
    }

    public static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(COOKIE + "="))
                .map(cookie -> cookie.substring(COOKIE.length() + 1, cookie.indexOf(';')))
                .findFirst()
                .orElse("");
    }
}

package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.support.HttpSessions;
import ca.repere.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class SecurityHeadersTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private WebServerApplicationContext context;

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndFramingProtection() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .headers()
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
                .containsHeader("Content-Security-Policy");
        String policy = mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    /**
     * What the authorisation matrix checks on every route, here on what is no route of the
     * application: static files, the container's error pages, health. Over real HTTP, since error
     * pages are rendered by the container's error dispatch, which MockMvc does not run.
     */
    @Test
    void assetsErrorPagesAndHealthCarryTheSameHeaders() throws Exception {
        String session = HttpSessions.login(
                http, baseUrl(), data.user(Grant.staffOf(data.organisation())).email());
        for (String path : List.of(
                "/assets/css/repere.css",
                "/assets/js/repere.js",
                "/actuator/health",
                "/no-such-page",
                FAILING_PATH,
                FAILING_SQL_PATH,
                "/organisations/" + data.organisation())) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path))
                            .header("Cookie", HttpSessions.COOKIE + "=" + session)
                            .header("Accept", "text/html,*/*")
                            .build(),
                    BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path + " " + response.statusCode())
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("script-src 'self'")
                            .contains("frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
        }
    }

    /**
     * Behind the TLS-terminating proxy (docker-compose.yml: {@code SERVER_FORWARD_HEADERS_STRATEGY=native},
     * as the tests run): the proxy says the browser came over https, so the session cookie is
     * Secure and browsers are told to keep to https.
     */
    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndBrowsersAreToldToKeepToHttps() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "198.51.100.7")
                        .build(),
                BodyHandlers.ofString());

        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void overPlainHttpTheCookieIsNotSecureAndNoHstsIsSentSoThatALocalInstanceWorks() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), BodyHandlers.ofString());

        assertThat(sessionCookie(page))
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Anyone can send X-Forwarded-Proto; only a proxy on a private or loopback address is believed. */
    @Test
    void forwardedHeadersAreBelievedOnlyFromProxiesOnPrivateOrLoopbackAddresses() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        RemoteIpValve valve = Arrays.stream(
                        server.getTomcat().getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("forwarded headers are not read at all"));
        // Boot's default: address ranges (an operator may narrow them).
        NetMaskSet ranges = new NetMaskSet();
        assertThat(ranges.addAll(valve.getInternalProxies())).isEmpty();

        assertThat(List.of("127.0.0.1", "10.0.0.4", "172.18.0.3", "192.168.1.20"))
                .allMatch(address -> trusted(ranges, address));
        assertThat(List.of("203.0.113.7", "8.8.8.8", "172.32.0.1")).noneMatch(address -> trusted(ranges, address));
    }

    /** Without a proxy in front, no one may claim to be one: the shipped configuration leaves the strategy unset. */
    @Test
    void theShippedConfigurationIgnoresForwardedHeadersUntilTheOperatorSaysOtherwise() throws IOException {
        List<PropertySource<?>> shipped =
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));

        assertThat(shipped)
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source.getProperty("server.forward-headers-strategy"))
                        .isNull());
    }

    private static boolean trusted(NetMaskSet ranges, String address) {
        try {
            return ranges.contains(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(HttpSessions.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.components.db.status")
                .isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(mvc.get().uri("/actuator/env")).hasStatus3xxRedirection();
    }

    /** The CSP forbids inline code; this keeps templates from depending on it. */
    @Test
    void templatesHaveNoInlineScriptStyleOrEventHandler() throws IOException {
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    files.filter(path -> path.toString().endsWith(".html")).toList()) {
                for (Element element : Jsoup.parse(Files.readString(template), "", Parser.xmlParser())
                        .getAllElements()) {
                    if (element.tagName().equals("script") && !element.hasAttr("th:src") && !element.hasAttr("src")) {
                        inline.add(template + ": inline <script>");
                    }
                    if (element.tagName().equals("style")) {
                        inline.add(template + ": <style>");
                    }
                    for (Attribute attribute : element.attributes()) {
                        String name = attribute.getKey().replace("th:", "");
                        if (name.equals("style") || name.startsWith("on")) {
                            inline.add(template + ": " + attribute.getKey());
                        }
                    }
                }
            }
        }
        assertThat(inline).isEmpty();
    }
}

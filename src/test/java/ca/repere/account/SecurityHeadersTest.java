package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest extends IntegrationTest {

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

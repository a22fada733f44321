package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.support.MutableClock;
import ca.repere.support.SessionCookies;
import ca.repere.support.TestData;
import ca.repere.support.TestDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the account tests that need a real SMTP server (GreenMail), a clock they can move, or a
 * platform of their own: the last-admin rule counts every admin in the database, so these tests
 * run on a database of their own ({@code repere_accounts}, same server). One Spring context for
 * all of them. Not an {@code IntegrationTest}: that class names the shared database, and its
 * property source would win over this one's. With a real server, as in production: Spring Session
 * then names and marks its cookie from {@code server.servlet.session.cookie.*} (in a mock web
 * environment it would take the servlet context's settings, as for a war).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, MutableClock.class, SessionCookies.class})
abstract class AccountMailTest {

    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[\\w/.-]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServerAndOwnDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        TestDatabase.Connection database = TestDatabase.database("repere_accounts");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    private UserDetailsService userDetailsService;

    /** Makes a MockMvc request as this user, with their memberships as the login would load them. */
    RequestPostProcessor as(TestData.User user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetailsService.loadUserByUsername(user.email()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The messages received for this address, oldest first, waiting a little for background sends. */
    static List<MimeMessage> mailsTo(String email, int atLeast) {
        SMTP.waitForIncomingEmail(5000, atLeast);
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> addressedTo(message, email))
                .toList();
    }

    static String body(MimeMessage message) {
        try {
            assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the link in a message: "/invitations/…" or "/password-reset/…". */
    static String linkPath(MimeMessage message) {
        Matcher link = LINK.matcher(body(message));
        assertThat(link.find()).as("a link in the e-mail").isTrue();
        return link.group(1);
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

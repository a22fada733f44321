package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Real logins through the login form, for tests about what happens to a session that is already
 * open (roles changed, account deactivated, password changed). Each login comes from its own
 * client address, so that throttling never gets in the way.
 */
final class LoggedIn {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private LoggedIn() {}

    static MockHttpSession as(MockMvcTester mvc, String email, String password) {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult login = attempt(mvc, session, email, password);
        assertThat(login).redirectedUrl().doesNotContain("/login");
        return session;
    }

    static MvcTestResult attempt(MockMvcTester mvc, MockHttpSession session, String email, String password) {
        int address = ADDRESS.incrementAndGet();
        return mvc.post()
                .uri("/login")
                .session(session)
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.77." + (address / 250) % 250 + "." + (address % 250 + 1));
                    return request;
                })
                .exchange();
    }
}

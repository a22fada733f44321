package ca.repere.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts the failure for throttling and shows the login page again with one generic message,
 * whatever went wrong (unknown e-mail, wrong password, deactivated account), so that the page
 * never tells whether an account exists. The e-mail typed is kept so that nobody retypes it.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String EMAIL_ATTRIBUTE = LoginFailureHandler.class.getName() + ".email";

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        throttle.recordFailure(email, request.getRemoteAddr());
        rememberEmail(request, email);
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?error");
    }

    static void rememberEmail(HttpServletRequest request, String email) {
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(EMAIL_ATTRIBUTE, email.strip());
        }
    }
}

package ca.repere.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt, before any password is checked, while its account or address is
 * throttled. Not a bean: as one, Boot would also register it as a servlet filter outside security.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + SecurityConfiguration.LOGIN_PAGE).equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        if (throttle.isBlocked(email, request.getRemoteAddr())) {
            LoginFailureHandler.rememberEmail(request, email);
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?blocked");
            return;
        }
        chain.doFilter(request, response);
    }
}

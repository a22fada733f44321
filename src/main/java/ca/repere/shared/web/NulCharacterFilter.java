package ca.repere.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns back a request whose parameters hold a NUL character (U+0000) with a 400 page that says so.
 * PostgreSQL refuses NUL in text, so such a value reached the database as a server error, after
 * the work of the request; no person types it, and no field of the application can hold it. Runs
 * before Spring Security, whose login form would otherwise look the e-mail up with it, but after
 * the upload size check: reading the parameters of an upload over the limit makes the servlet
 * container refuse it with a bare 413 instead of the page's message.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 2)
class NulCharacterFilter extends OncePerRequestFilter {

    /** Request attribute naming the message the error page shows instead of its general one. */
    static final String ERROR_MESSAGE = "repereErrorMessage";

    static final String MESSAGE = "error.400.nulCharacter";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request.getParameterMap())) {
            request.setAttribute(ERROR_MESSAGE, MESSAGE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}

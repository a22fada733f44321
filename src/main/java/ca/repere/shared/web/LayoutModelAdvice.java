package ca.repere.shared.web;

import ca.repere.shared.DemoMode;
import ca.repere.shared.i18n.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page, error pages included. */
@ControllerAdvice
class LayoutModelAdvice {

    /** The authority {@code account} gives platform admins ({@code Role.ADMIN}); shared cannot name that module. */
    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final DemoMode demoMode;

    LayoutModelAdvice(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    /** The other language, and the link that shows the same page in it. */
    @ModelAttribute("languageSwitch")
    LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
        Language other = Language.of(locale) == Language.FR ? Language.EN : Language.FR;
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        String query = errorUri instanceof String ? null : request.getQueryString();
        String url = UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", other.code())
                .build()
                .toUriString();
        // The context path is part of the request URI already; the template must not add it again.
        return new LanguageSwitch(other, url);
    }

    /** The navigation section the page belongs to, so the header can mark it as current. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/frameworks")) {
            return "frameworks";
        }
        if (path.equals("/account") || path.startsWith("/account/")) {
            return "account";
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return "admin";
        }
        return "";
    }

    /**
     * The name of the person logged in, or null: what the header shows. Resolved once here rather
     * than by security expressions in the template, which cost a full evaluation each.
     */
    @ModelAttribute("signedInAs")
    String signedInAs(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getPrincipal() instanceof DisplayName named
                ? named.displayName()
                : authentication.getName();
    }

    /** Whether the header links to the administration: from the authorities, like {@link #signedInAs}. */
    @ModelAttribute("isAdmin")
    boolean isAdmin(Authentication authentication) {
        return signedInAs(authentication) != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }

    public record LanguageSwitch(Language target, String url) {}
}

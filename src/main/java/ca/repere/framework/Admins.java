package ca.repere.framework;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who runs the framework library: the platform's admins. The framework module does not know the
 * account module (which knows it), so it reads the role from the security context.
 */
final class Admins {

    static final String AUTHORITY = "ROLE_ADMIN";

    private Admins() {}

    static boolean isAdmin(Authentication user) {
        return user != null
                && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(authority -> AUTHORITY.equals(authority.getAuthority()));
    }

    /** Refuses (403) anyone but an admin; the security configuration guards {@code /admin/**} too. */
    static void require() {
        if (!isAdmin(SecurityContextHolder.getContext().getAuthentication())) {
            throw new AccessDeniedException("the framework editor is for admins");
        }
    }
}

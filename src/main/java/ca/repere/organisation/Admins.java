package ca.repere.organisation;

import ca.repere.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administration of organisations and networks is for platform admins. The security
 * configuration guards {@code /admin/**} too; the services check again so that no other caller
 * (a future page, a job) can bypass it.
 */
final class Admins {

    private Admins() {}

    static void require(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("administration of organisations and networks");
        }
    }
}

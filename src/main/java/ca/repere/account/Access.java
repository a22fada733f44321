package ca.repere.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per-object permission checks, in one place so that every module applies the same rules and a
 * test can walk them as a matrix. Admins may see everything; others only what they belong to.
 */
@Component("access")
public class Access {

    public boolean canViewOrganisation(CurrentUser user, long organisationId) {
        return user != null && (user.isAdmin() || user.isMemberOf(organisationId));
    }

    public boolean canViewNetwork(CurrentUser user, long networkId) {
        return user != null && (user.isAdmin() || user.isCoordinatorOf(networkId));
    }

    public void requireOrganisation(CurrentUser user, long organisationId) {
        if (!canViewOrganisation(user, organisationId)) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
    }

    public void requireNetwork(CurrentUser user, long networkId) {
        if (!canViewNetwork(user, networkId)) {
            throw new AccessDeniedException("network " + networkId);
        }
    }
}

package ca.repere.account;

import java.io.Serializable;

/** One membership as the logged-in user carries it: a role, and the organisation or network it is for. */
public record Grant(Role role, Long organisationId, Long networkId) implements Serializable {

    public static Grant admin() {
        return new Grant(Role.ADMIN, null, null);
    }

    public static Grant coordinatorOf(long networkId) {
        return new Grant(Role.COORDINATOR, null, networkId);
    }

    public static Grant leadOf(long organisationId) {
        return new Grant(Role.ORG_LEAD, organisationId, null);
    }

    public static Grant staffOf(long organisationId) {
        return new Grant(Role.ORG_STAFF, organisationId, null);
    }
}

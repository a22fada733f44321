package ca.repere.account;

import ca.repere.shared.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to who holds which role goes through here, whoever makes it (an admin, a lead, an
 * accepted invitation): the rule that an active admin remains, the audit trail, and the sessions
 * of the person concerned. Callers run it inside their own transaction.
 */
@Component
class Memberships {

    /**
     * Key of the PostgreSQL advisory lock taken by every change that may leave fewer active
     * admins (revoking ADMIN, deactivating an account). Two such changes run one after the other,
     * and the second counts the admins the first left: two admins revoking each other at the same
     * moment cannot both succeed.
     */
    static final long ADMINS_LOCK = 0x5245504552450001L;

    private final UserAccountRepository users;
    private final MembershipTargets targets;
    private final AuditTrail audit;
    private final UserSessions sessions;
    private final JdbcClient jdbc;

    Memberships(
            UserAccountRepository users,
            MembershipTargets targets,
            AuditTrail audit,
            UserSessions sessions,
            JdbcClient jdbc) {
        this.users = users;
        this.targets = targets;
        this.audit = audit;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /**
     * Takes the admins' lock for the rest of the transaction. Call it before reading the accounts
     * concerned, so that what is read is what the previous holder committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockAdmins() {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(ADMINS_LOCK)
                .query((row, number) -> 1)
                .list();
    }

    /** Refuses, with a message, a change that would leave no active admin but this person. */
    @Transactional(propagation = Propagation.MANDATORY)
    void requireAnotherActiveAdmin(UserAccount user) {
        if (user.isEnabled() && user.isAdmin() && users.countOtherActiveAdmins(user.getId()) == 0) {
            throw new AccountException("account.error.lastAdmin");
        }
    }

    /** Grants the role; refused if the person holds it already or the place does not exist. */
    @Transactional(propagation = Propagation.MANDATORY)
    void grant(CurrentUser actor, UserAccount user, Grant grant, Map<String, ?> context) {
        String place = placeName(grant);
        if (!user.grant(grant)) {
            throw new AccountException("account.error.roleHeld", "role");
        }
        Map<String, Object> after = describe(grant, place);
        after.putAll(context);
        audit.record("user.role.granted", "user", user.getId(), label(user), null, after);
        roleChanged(actor, user.getId());
    }

    /** Revokes the role; refused if it would remove the last active admin. */
    @Transactional(propagation = Propagation.MANDATORY)
    void revoke(CurrentUser actor, UserAccount user, Grant grant) {
        if (grant.role() == Role.ADMIN) {
            requireAnotherActiveAdmin(user);
        }
        String place = grant.role() == Role.ADMIN ? null : placeNameOrNull(grant);
        if (!user.revoke(grant)) {
            throw new AccountException("account.error.roleNotHeld");
        }
        audit.record("user.role.revoked", "user", user.getId(), label(user), describe(grant, place), null);
        roleChanged(actor, user.getId());
    }

    /** The name of the organisation or network the grant is for (null for admin); refused if unknown. */
    String placeName(Grant grant) {
        if (grant.role() == Role.ADMIN) {
            return null;
        }
        String name = placeNameOrNull(grant);
        if (name == null) {
            throw new AccountException("account.error.unknownPlace", "target");
        }
        return name;
    }

    private String placeNameOrNull(Grant grant) {
        if (grant.role() == Role.COORDINATOR) {
            return targets.networkName(grant.networkId()).orElse(null);
        }
        if (grant.role().isOrganisationRole()) {
            return targets.organisationName(grant.organisationId()).orElse(null);
        }
        return null;
    }

    /**
     * The person's roles changed: their sessions end, except the one making the change when it is
     * their own, which carries the new roles at once.
     */
    void roleChanged(CurrentUser actor, long userId) {
        if (actor != null && actor.id() == userId) {
            sessions.endOthersAndRefreshCurrent(userId);
        } else {
            sessions.endAll(userId);
        }
    }

    static String label(UserAccount user) {
        return user.getDisplayName() + " <" + user.getEmail() + ">";
    }

    static Map<String, Object> describe(Grant grant, String placeName) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("role", grant.role().name());
        if (grant.organisationId() != null) {
            description.put("organisationId", grant.organisationId());
        }
        if (grant.networkId() != null) {
            description.put("networkId", grant.networkId());
        }
        if (placeName != null) {
            description.put(grant.role() == Role.COORDINATOR ? "network" : "organisation", placeName);
        }
        return description;
    }
}

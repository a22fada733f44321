package ca.repere.account;

import ca.repere.account.UserAdminView.MembershipLine;
import ca.repere.account.UserAdminView.UserDetail;
import ca.repere.account.UserAdminView.UserFilter;
import ca.repere.account.UserAdminView.UserPage;
import ca.repere.account.UserAdminView.UserRow;
import ca.repere.shared.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' work on accounts: find people, see their roles, grant and revoke roles, deactivate
 * and reactivate accounts. Every method checks that the caller is an admin. Nobody removes the
 * last active admin, whether by revoking the role or by deactivating the account.
 */
@Service
class UserAdministration {

    static final int PAGE_SIZE = 50;

    private final UserAccountRepository users;
    private final Memberships memberships;
    private final MembershipTargets targets;
    private final InvitationQueries invitations;
    private final AuditTrail audit;
    private final UserSessions sessions;
    private final JdbcClient jdbc;

    UserAdministration(
            UserAccountRepository users,
            Memberships memberships,
            MembershipTargets targets,
            InvitationQueries invitations,
            AuditTrail audit,
            UserSessions sessions,
            JdbcClient jdbc) {
        this.users = users;
        this.memberships = memberships;
        this.targets = targets;
        this.invitations = invitations;
        this.audit = audit;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public UserPage search(CurrentUser admin, UserFilter filter, int page) {
        requireAdmin(admin);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.query() != null) {
            conditions.add("(u.display_name ilike :pattern escape '\\' or u.email ilike :pattern escape '\\')");
            parameters.put("pattern", "%" + likeEscaped(filter.query()) + "%");
        }
        if (filter.role() != null) {
            conditions.add("exists (select 1 from membership m where m.user_id = u.id and m.role = :role)");
            parameters.put("role", filter.role().name());
        }
        if (filter.enabled() != null) {
            conditions.add("u.enabled = :enabled");
            parameters.put("enabled", filter.enabled());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from app_user u" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pageCount);
        record Found(long id, String displayName, String email, boolean enabled, Instant lastLoginAt) {}
        List<Found> found = jdbc.sql("select u.id, u.display_name, u.email, u.enabled, u.last_login_at from app_user u"
                        + where
                        + " order by lower(u.display_name), u.id limit :limit offset :offset")
                .params(parameters)
                .param("limit", PAGE_SIZE)
                .param("offset", (shown - 1) * PAGE_SIZE)
                .query((row, number) -> new Found(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getBoolean(4),
                        instant(row.getTimestamp(5))))
                .list();
        Map<Long, List<MembershipLine>> roles =
                membershipsOf(found.stream().map(Found::id).collect(Collectors.toSet()));
        List<UserRow> rows = found.stream()
                .map(user -> new UserRow(
                        user.id(),
                        user.displayName(),
                        user.email(),
                        user.enabled(),
                        user.lastLoginAt(),
                        roles.getOrDefault(user.id(), List.of())))
                .toList();
        return new UserPage(rows, shown, pageCount, total);
    }

    @Transactional(readOnly = true)
    public UserDetail user(CurrentUser admin, long userId) {
        requireAdmin(admin);
        UserAccount user = find(userId);
        return new UserDetail(
                user.getId(),
                user.getDisplayName(),
                user.getEmail(),
                user.getPreferredLanguage(),
                user.isEnabled(),
                user.hasPassword(),
                user.getCreatedAt(),
                user.getLastLoginAt(),
                membershipsOf(Set.of(userId)).getOrDefault(userId, List.of()),
                invitations.openFor(user.getEmail()));
    }

    @Transactional
    public void grant(CurrentUser admin, long userId, Grant grant) {
        requireAdmin(admin);
        memberships.grant(admin, find(userId), grant, Map.of());
    }

    /** Revokes one of the person's memberships, by its id (as the user page lists them). */
    @Transactional
    public Grant revoke(CurrentUser admin, long userId, long membershipId) {
        requireAdmin(admin);
        memberships.lockAdmins();
        UserAccount user = find(userId);
        Grant grant = user.getMemberships().stream()
                .filter(membership -> Objects.equals(membership.getId(), membershipId))
                .map(Membership::toGrant)
                .findFirst()
                .orElseThrow(() -> new AccountException("account.error.roleNotHeld"));
        memberships.revoke(admin, user, grant);
        return grant;
    }

    /** The person can no longer log in and their open sessions end; what they wrote keeps their name. */
    @Transactional
    public void deactivate(CurrentUser admin, long userId) {
        requireAdmin(admin);
        if (admin.id() == userId) {
            throw new AccountException("account.error.deactivateSelf");
        }
        memberships.lockAdmins();
        UserAccount user = find(userId);
        if (!user.isEnabled()) {
            return;
        }
        memberships.requireAnotherActiveAdmin(user);
        user.deactivate();
        audit.record(
                "user.deactivated",
                "user",
                userId,
                Memberships.label(user),
                Map.of("enabled", true),
                Map.of("enabled", false));
        sessions.endAll(userId);
    }

    @Transactional
    public void reactivate(CurrentUser admin, long userId) {
        requireAdmin(admin);
        UserAccount user = find(userId);
        if (user.isEnabled()) {
            return;
        }
        user.reactivate();
        audit.record(
                "user.reactivated",
                "user",
                userId,
                Memberships.label(user),
                Map.of("enabled", false),
                Map.of("enabled", true));
    }

    /** The memberships of these users with the names of their organisations and networks, in one query each. */
    Map<Long, List<MembershipLine>> membershipsOf(Set<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        record Held(long userId, long id, Role role, Long organisationId, Long networkId, Instant since) {}
        List<Held> held = jdbc.sql("""
                        select user_id, id, role, organisation_id, network_id, created_at
                        from membership where user_id = any(:ids)
                        """)
                .param("ids", userIds.toArray(Long[]::new))
                .query((row, number) -> new Held(
                        row.getLong(1),
                        row.getLong(2),
                        Role.valueOf(row.getString(3)),
                        row.getObject(4, Long.class),
                        row.getObject(5, Long.class),
                        instant(row.getTimestamp(6))))
                .list();
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> networkIds = new HashSet<>();
        held.forEach(membership -> {
            if (membership.organisationId() != null) {
                organisationIds.add(membership.organisationId());
            }
            if (membership.networkId() != null) {
                networkIds.add(membership.networkId());
            }
        });
        Map<Long, String> organisationNames =
                organisationIds.isEmpty() ? Map.of() : targets.organisationNames(organisationIds);
        Map<Long, String> networkNames = networkIds.isEmpty() ? Map.of() : targets.networkNames(networkIds);
        Map<Long, List<MembershipLine>> byUser = new LinkedHashMap<>();
        held.stream()
                .map(membership -> Map.entry(
                        membership.userId(),
                        new MembershipLine(
                                membership.id(),
                                membership.role(),
                                membership.organisationId(),
                                membership.networkId(),
                                membership.organisationId() != null
                                        ? organisationNames.get(membership.organisationId())
                                        : membership.networkId() != null
                                                ? networkNames.get(membership.networkId())
                                                : null,
                                membership.since())))
                .sorted(Comparator.comparing((Map.Entry<Long, MembershipLine> entry) ->
                                entry.getValue().role())
                        .thenComparing(
                                entry -> Objects.toString(entry.getValue().placeName(), "")))
                .forEach(entry -> byUser.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return byUser;
    }

    private UserAccount find(long userId) {
        return users.findWithMembershipsById(userId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("admins only");
        }
    }

    private static String likeEscaped(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

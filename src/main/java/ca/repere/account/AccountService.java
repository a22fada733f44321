package ca.repere.account;

import ca.repere.shared.i18n.Language;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The account module's public face: create accounts, grant memberships, list members. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final UserSessions sessions;
    private final LoginThrottle loginThrottle;
    private final PasswordResetRepository resets;
    private final InvitationRepository invitations;
    private final TransactionTemplate transactions;

    AccountService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            UserSessions sessions,
            LoginThrottle loginThrottle,
            PasswordResetRepository resets,
            InvitationRepository invitations,
            PlatformTransactionManager transactionManager) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.sessions = sessions;
        this.loginThrottle = loginThrottle;
        this.resets = resets;
        this.invitations = invitations;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Creates an account that can log in with {@code rawPassword}. */
    @Transactional
    public long createUser(String email, String displayName, Language language, String rawPassword) {
        if (users.existsByEmailIgnoreCase(email)) {
            throw new IllegalArgumentException("An account already exists for " + email);
        }
        var user = new UserAccount(email, displayName, language, passwordEncoder.encode(rawPassword), clock.instant());
        return users.save(user).getId();
    }

    /**
     * Grants a role without any check nor audit: for start-up (first admin, demo data) and tests.
     * People's roles change through the admin pages and invitations.
     */
    @Transactional
    public void grant(long userId, Grant grant) {
        users.findById(userId).orElseThrow().grant(grant);
    }

    @Transactional(readOnly = true)
    public Optional<Long> findUserId(String email) {
        return users.findByEmailIgnoreCase(email).map(UserAccount::getId);
    }

    @Transactional(readOnly = true)
    public boolean anyActiveAdmin() {
        return users.anyActiveAdmin();
    }

    /** How many accounts exist, deactivated ones included: for the administration's start page. */
    @Transactional(readOnly = true)
    public long userCount() {
        return users.count();
    }

    /** Invitations whose link still works (neither used, revoked nor expired): for the same page. */
    @Transactional(readOnly = true)
    public long pendingInvitationCount() {
        return invitations.countPending(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<MemberView> membersOfOrganisation(long organisationId) {
        return users.membershipsOfOrganisation(organisationId).stream()
                .map(AccountService::memberView)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MemberView> membersOfNetwork(long networkId) {
        return users.membershipsOfNetwork(networkId).stream()
                .map(AccountService::memberView)
                .toList();
    }

    /** Display names by user id, in one query: to show who wrote or edited what. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.displayNames(userIds.toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    /**
     * Whom to write to among these users: enabled accounts only, with their language, whether they
     * want the weekly digest and the organisations they are lead or staff of. One query.
     */
    @Transactional(readOnly = true)
    public List<MailRecipient> mailRecipients(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return users.enabledWithMemberships(userIds.toArray(Long[]::new)).stream()
                .map(UserAccount::toMailRecipient)
                .toList();
    }

    /** Whether this person receives the weekly digest of their actions (on unless they turned it off). */
    @Transactional(readOnly = true)
    public boolean digestEnabled(long userId) {
        return users.findById(userId).orElseThrow().isDigestEnabled();
    }

    /** The person turns their own weekly digest on or off. */
    @Transactional
    public void setDigestEnabled(CurrentUser user, boolean enabled) {
        users.findById(user.id()).orElseThrow().receiveDigest(enabled);
    }

    /** What "My account" shows of the person. */
    record MyAccount(String displayName, String email, Language language, boolean digestEnabled) {}

    @Transactional(readOnly = true)
    MyAccount myAccount(CurrentUser user) {
        UserAccount account = users.findById(user.id()).orElseThrow();
        return new MyAccount(
                account.getDisplayName(),
                account.getEmail(),
                account.getPreferredLanguage() == null ? Language.DEFAULT : account.getPreferredLanguage(),
                account.isDigestEnabled());
    }

    /** The person changes the name others see and the language Repère speaks to them. */
    @Transactional
    void changeProfile(CurrentUser user, String displayName, Language language) {
        UserAccount account = users.findById(user.id()).orElseThrow();
        account.rename(displayName);
        account.preferLanguage(language);
        sessions.refreshCurrent(user.id());
    }

    /**
     * The person changes their password, proving they know the current one. A wrong current
     * password counts as a failed login (a stolen session must not become a way to guess it).
     * Their other sessions end; every reset link sent to them stops working.
     */
    void changePassword(CurrentUser user, String currentPassword, String newPassword, String clientAddress) {
        if (!Passwords.acceptable(newPassword)) {
            throw new IllegalArgumentException("The new password was not checked");
        }
        if (loginThrottle.isBlocked(user.email(), clientAddress)) {
            throw new AccountException("account.error.passwordThrottled", "currentPassword");
        }
        String currentHash = users.findById(user.id()).orElseThrow().getPasswordHash();
        if (currentPassword == null || currentHash == null || !passwordEncoder.matches(currentPassword, currentHash)) {
            loginThrottle.recordFailure(user.email(), clientAddress);
            throw new AccountException("account.error.currentPasswordWrong", "currentPassword");
        }
        String newHash = passwordEncoder.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            users.findById(user.id()).orElseThrow().changePasswordHash(newHash);
            resets.closeAllOf(user.id(), clock.instant());
            sessions.endOthersAndRefreshCurrent(user.id());
        });
    }

    @Transactional
    void rememberLanguage(String email, Language language) {
        users.findByEmailIgnoreCase(email).ifPresent(user -> user.preferLanguage(language));
    }

    @Transactional
    void recordLogin(long userId) {
        users.findById(userId).ifPresent(user -> user.loggedInAt(clock.instant()));
    }

    private static MemberView memberView(Membership membership) {
        UserAccount user = membership.getUser();
        return new MemberView(
                user.getId(), user.getDisplayName(), user.getEmail(), membership.getRole(), user.isEnabled());
    }
}

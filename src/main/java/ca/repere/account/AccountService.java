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
import org.springframework.transaction.annotation.Transactional;

/** The account module's public face: create accounts, grant memberships, list members. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
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

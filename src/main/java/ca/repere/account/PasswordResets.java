package ca.repere.account;

import ca.repere.shared.audit.AuditTrail;
import ca.repere.shared.i18n.Language;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password?": a link by e-mail that works once, for {@code repere.password-reset.validity}
 * (one hour). Asking gives the same answer whether the address has an account or not, and the
 * e-mail leaves in the background, so that not even the response time tells. Requests are limited
 * per address typed and per client address, known account or not. A new password ends every open
 * session of the account and every other link sent to it.
 */
@Service
class PasswordResets {

    /** What the person is told after asking for a link. */
    enum Requested {
        /** "If an account exists for this address, a link is on its way." */
        ANSWERED,
        /** Too many requests for this address or from this client: try again later. */
        THROTTLED
    }

    /** Where a link stands, for its page. */
    enum LinkState {
        USABLE,
        UNUSABLE
    }

    private final PasswordResetRepository resets;
    private final UserAccountRepository users;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final UserSessions sessions;
    private final LoginThrottle loginThrottle;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Executor background;
    private final Clock clock;
    private final Duration validity;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    PasswordResets(
            PasswordResetRepository resets,
            UserAccountRepository users,
            AccountMails mails,
            AuditTrail audit,
            UserSessions sessions,
            LoginThrottle loginThrottle,
            PasswordEncoder passwordEncoder,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            @Qualifier("applicationTaskExecutor") Executor background,
            Clock clock,
            @Value("${repere.password-reset.validity:1h}") Duration validity,
            @Value("${repere.password-reset.max-per-account:3}") int maxPerAccount,
            @Value("${repere.password-reset.max-per-address:10}") int maxPerAddress,
            @Value("${repere.password-reset.window:1h}") Duration window) {
        this.resets = resets;
        this.users = users;
        this.mails = mails;
        this.audit = audit;
        this.sessions = sessions;
        this.loginThrottle = loginThrottle;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.background = background;
        this.clock = clock;
        this.validity = validity;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    Duration validity() {
        return validity;
    }

    /** Someone asks for a link for this address, from this client address. */
    Requested request(String emailTyped, String clientAddress) {
        String email = truncate(UserAccount.normalise(emailTyped), 254);
        String address = truncate(clientAddress == null ? "" : clientAddress, 64);
        Instant now = clock.instant();
        OneTimeToken token = OneTimeToken.generate();
        record Pending(String email, String displayName, Language language) {}
        Optional<Pending> toSend = transactions.execute(status -> {
            if (requests("email", email, now) >= maxPerAccount || requests("address", address, now) >= maxPerAddress) {
                return null;
            }
            jdbc.sql("insert into password_reset_request (email, address, requested_at) values (?, ?, ?)")
                    .param(email)
                    .param(address)
                    .param(Timestamp.from(now))
                    .update();
            return users.findByEmailIgnoreCase(email)
                    .filter(UserAccount::isEnabled)
                    .map(user -> {
                        resets.save(new PasswordReset(user.getId(), token, now, now.plus(validity)));
                        return new Pending(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage());
                    });
        });
        if (toSend == null) {
            return Requested.THROTTLED;
        }
        toSend.ifPresent(pending -> background.execute(() ->
                mails.sendPasswordReset(pending.email(), pending.displayName(), pending.language(), token, validity)));
        return Requested.ANSWERED;
    }

    LinkState state(String tokenValue) {
        Instant now = clock.instant();
        return transactions.execute(status -> OneTimeToken.parse(tokenValue)
                        .flatMap(token ->
                                resets.findBySelector(token.selector()).filter(reset -> reset.opensWith(token, now)))
                        .flatMap(reset -> users.findById(reset.getUserId()))
                        .filter(UserAccount::isEnabled)
                        .isPresent()
                ? LinkState.USABLE
                : LinkState.UNUSABLE);
    }

    /**
     * Sets the new password through a working link; returns the address to log in with. Every
     * session of the account ends, and every other link sent to it stops working.
     *
     * @throws Invitations.InvalidLinkException when the link does not work (any more)
     */
    String reset(String tokenValue, String rawPassword) {
        if (!Passwords.acceptable(rawPassword)) {
            throw new IllegalArgumentException("The password was not checked");
        }
        Instant now = clock.instant();
        String passwordHash = passwordEncoder.encode(rawPassword);
        String email = transactions.execute(status -> {
            OneTimeToken token = OneTimeToken.parse(tokenValue).orElseThrow(Invitations.InvalidLinkException::new);
            PasswordReset reset = resets.lockBySelector(token.selector())
                    .filter(found -> found.opensWith(token, now))
                    .orElseThrow(Invitations.InvalidLinkException::new);
            UserAccount user = users.findById(reset.getUserId())
                    .filter(UserAccount::isEnabled)
                    .orElseThrow(Invitations.InvalidLinkException::new);
            user.changePasswordHash(passwordHash);
            resets.closeAllOf(user.getId(), now);
            audit.record(
                    "user.password.reset",
                    "user",
                    user.getId(),
                    Memberships.label(user),
                    null,
                    Map.of("resetAt", now.toString()));
            sessions.endAll(user.getId());
            return user.getEmail();
        });
        // Whoever set the password through the e-mailed link owns the account: past failed logins
        // no longer hold them back.
        loginThrottle.recordSuccess(email);
        return email;
    }

    /** Links and requests past their time serve nothing: keep the tables small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void forgetOldRequests() {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            resets.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
            jdbc.sql("delete from password_reset_request where requested_at < ?")
                    .param(Timestamp.from(now.minus(window)))
                    .update();
        });
    }

    private int requests(String column, String value, Instant now) {
        return jdbc.sql("select count(*) from password_reset_request where " + column + " = ? and requested_at >= ?")
                .param(value)
                .param(Timestamp.from(now.minus(window)))
                .query(Integer.class)
                .single();
    }

    private static String truncate(String value, int length) {
        return value == null ? "" : value.length() > length ? value.substring(0, length) : value;
    }
}

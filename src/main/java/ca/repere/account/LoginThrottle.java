package ca.repere.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed logins within a window, further attempts
 * for that account (the e-mail typed, whether an account exists or not, so that the answer
 * reveals nothing) or from that client address are refused until the window has passed.
 * Failures live in the database, so every instance of the application sees the same count.
 */
@Service
class LoginThrottle {

    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailuresPerAccount;
    private final int maxFailuresPerAddress;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${repere.login.max-failures-per-account:5}") int maxFailuresPerAccount,
            @Value("${repere.login.max-failures-per-address:20}") int maxFailuresPerAddress,
            @Value("${repere.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailuresPerAccount = maxFailuresPerAccount;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String email, String address) {
        return failures(Kind.ACCOUNT, UserAccount.normalise(email)) >= maxFailuresPerAccount
                || failures(Kind.ADDRESS, address) >= maxFailuresPerAddress;
    }

    @Transactional
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        insert(Kind.ACCOUNT, UserAccount.normalise(email), now);
        insert(Kind.ADDRESS, address, now);
    }

    /** A successful login forgives the account's earlier mistakes (not the address's). */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from login_failure where kind = 'ACCOUNT' and key = ?")
                .param(UserAccount.normalise(email))
                .update();
    }

    /** Failures older than the window no longer count; keep the table small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        jdbc.sql("delete from login_failure where failed_at < ?")
                .param(Timestamp.from(clock.instant().minus(window)))
                .update();
    }

    private int failures(Kind kind, String key) {
        if (key == null || key.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from login_failure where kind = ? and key = ? and failed_at >= ?")
                .param(kind.name())
                .param(truncate(key))
                .param(Timestamp.from(clock.instant().minus(window)))
                .query(Integer.class)
                .single();
    }

    private void insert(Kind kind, String key, Instant now) {
        if (key == null || key.isEmpty()) {
            return;
        }
        jdbc.sql("insert into login_failure (kind, key, failed_at) values (?, ?, ?)")
                .param(kind.name())
                .param(truncate(key))
                .param(Timestamp.from(now))
                .update();
    }

    private static String truncate(String key) {
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}

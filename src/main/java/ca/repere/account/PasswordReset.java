package ca.repere.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password-reset link sent to a person: it works once, for a short while. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;
    private String selector;

    @Column(name = "secret_hash")
    private byte[] secretHash;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordReset() {}

    PasswordReset(long userId, OneTimeToken token, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.selector = token.selector();
        this.secretHash = token.secretHash();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether this link still works: the secret matches (compared in constant time), unused, not expired. */
    boolean opensWith(OneTimeToken token, Instant now) {
        return token.matches(secretHash) && usedAt == null && now.isBefore(expiresAt);
    }

    void used(Instant now) {
        this.usedAt = now;
    }

    long getUserId() {
        return userId;
    }
}

package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A person invited by e-mail to join an organisation (lead or staff) or a network (coordinator).
 * The e-mailed link works once, until it expires; sending it again replaces the link.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    /** How long a link works. */
    static final Duration VALIDITY = Duration.ofHours(72);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;

    @Convert(converter = LanguageColumnConverter.class)
    private Language language;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long organisationId;
    private Long networkId;
    private String selector;

    @Column(name = "secret_hash")
    private byte[] secretHash;

    private Long invitedBy;
    private Instant createdAt;
    private Instant sentAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Long acceptedBy;
    private Instant revokedAt;
    private Long revokedBy;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(String email, String displayName, Language language, Grant grant, long invitedBy, Instant now) {
        if (grant.role() == Role.ADMIN) {
            throw new IllegalArgumentException("Admins are made by granting the role, not by invitation");
        }
        this.email = UserAccount.normalise(email);
        this.displayName = displayName.strip();
        this.language = language;
        this.role = grant.role();
        this.organisationId = grant.organisationId();
        this.networkId = grant.networkId();
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    /** A new link: the previous one stops working, the delay starts again. */
    void issue(OneTimeToken token, Instant now) {
        this.selector = token.selector();
        this.secretHash = token.secretHash();
        this.sentAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    InvitationStatus status(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
    }

    /** Whether the link carries this invitation's secret (compared in constant time). */
    boolean hasSecret(OneTimeToken token) {
        return token.matches(secretHash);
    }

    /** Whether this link opens it: the secret matches and it is still pending. */
    boolean opensWith(OneTimeToken token, Instant now) {
        return hasSecret(token) && status(now) == InvitationStatus.PENDING;
    }

    void accepted(long userId, Instant now) {
        this.acceptedAt = now;
        this.acceptedBy = userId;
    }

    void revoked(long byUserId, Instant now) {
        this.revokedAt = now;
        this.revokedBy = byUserId;
    }

    Grant grant() {
        return new Grant(role, organisationId, networkId);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Language getLanguage() {
        return language;
    }

    Role getRole() {
        return role;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getNetworkId() {
        return networkId;
    }

    String getSelector() {
        return selector;
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}

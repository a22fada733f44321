package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A person who logs in to Repère, identified by e-mail address. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;

    /** Null until the person has chosen a password (e.g. an invitation not yet accepted). */
    private String passwordHash;

    @Column(name = "preferred_language")
    @Convert(converter = LanguageColumnConverter.class)
    private Language preferredLanguage;

    private boolean enabled;

    /** Whether the person receives the weekly digest of their actions to follow. */
    private boolean digestEnabled = true;

    private Instant createdAt;
    private Instant lastLoginAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Membership> memberships = new ArrayList<>();

    protected UserAccount() {}

    UserAccount(String email, String displayName, Language preferredLanguage, String passwordHash, Instant now) {
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.preferredLanguage = preferredLanguage;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds the membership unless it is held already; true when it was added. */
    boolean grant(Grant grant) {
        if (holds(grant)) {
            return false;
        }
        memberships.add(new Membership(this, grant));
        return true;
    }

    boolean holds(Grant grant) {
        return memberships.stream().anyMatch(membership -> membership.toGrant().equals(grant));
    }

    /** Removes the membership; true when it was held. */
    boolean revoke(Grant grant) {
        return memberships.removeIf(membership -> membership.toGrant().equals(grant));
    }

    boolean isAdmin() {
        return holds(Grant.admin());
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        this.enabled = true;
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    long getVersion() {
        return version;
    }

    void preferLanguage(Language language) {
        this.preferredLanguage = language;
    }

    void receiveDigest(boolean wanted) {
        this.digestEnabled = wanted;
    }

    void loggedInAt(Instant when) {
        this.lastLoginAt = when;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(
                id,
                email,
                displayName,
                preferredLanguage,
                enabled,
                passwordHash,
                memberships.stream().map(Membership::toGrant).toList());
    }

    boolean hasPassword() {
        return passwordHash != null;
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

    boolean isEnabled() {
        return enabled;
    }

    boolean isDigestEnabled() {
        return digestEnabled;
    }

    Language getPreferredLanguage() {
        return preferredLanguage;
    }

    List<Membership> getMemberships() {
        return memberships;
    }

    MailRecipient toMailRecipient() {
        return new MailRecipient(
                id,
                email,
                displayName,
                preferredLanguage == null ? Language.DEFAULT : preferredLanguage,
                digestEnabled,
                memberships.stream()
                        .filter(membership -> membership.getRole().isOrganisationRole())
                        .map(membership -> membership.toGrant().organisationId())
                        .collect(Collectors.toUnmodifiableSet()));
    }
}

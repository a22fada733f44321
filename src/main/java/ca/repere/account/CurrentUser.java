package ca.repere.account;

import ca.repere.shared.audit.Actor;
import ca.repere.shared.i18n.Language;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person, with the memberships that decide what they may see. */
public final class CurrentUser implements UserDetails, CredentialsContainer, Actor {

    private final long id;
    private final String email;
    private final String displayName;
    private final Language language;
    private final boolean enabled;
    private final List<Grant> grants;
    private String passwordHash;

    CurrentUser(
            long id,
            String email,
            String displayName,
            Language language,
            boolean enabled,
            String passwordHash,
            List<Grant> grants) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.grants = List.copyOf(grants);
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean isAdmin() {
        return grants.stream().anyMatch(grant -> grant.role() == Role.ADMIN);
    }

    /** Organisations this person is lead or staff of. */
    public Set<Long> organisationIds() {
        return grants.stream()
                .filter(grant -> grant.role().isOrganisationRole())
                .map(Grant::organisationId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Networks this person coordinates. */
    public Set<Long> networkIds() {
        return grants.stream()
                .filter(grant -> grant.role() == Role.COORDINATOR)
                .map(Grant::networkId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMemberOf(long organisationId) {
        return organisationIds().contains(organisationId);
    }

    public boolean isLeadOf(long organisationId) {
        return grants.stream()
                .anyMatch(grant ->
                        grant.role() == Role.ORG_LEAD && Objects.equals(grant.organisationId(), organisationId));
    }

    public boolean isCoordinatorOf(long networkId) {
        return networkIds().contains(networkId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + ", " + email + "]";
    }
}

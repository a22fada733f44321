package ca.repere.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A role held by a user, for an organisation, a network, or the platform. Organisations and
 * networks are referenced by id: they belong to the organisation module, and the database keeps
 * the references sound.
 */
@Entity
@Table(name = "membership")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long organisationId;
    private Long networkId;
    private Instant createdAt;

    protected Membership() {}

    Membership(UserAccount user, Grant grant) {
        this.user = user;
        this.role = grant.role();
        this.organisationId = grant.organisationId();
        this.networkId = grant.networkId();
        this.createdAt = Instant.now();
    }

    Grant toGrant() {
        return new Grant(role, organisationId, networkId);
    }

    UserAccount getUser() {
        return user;
    }

    Role getRole() {
        return role;
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getNetworkId() {
        return networkId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

package ca.repere.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findBySelector(String selector);

    /** Locked until the transaction ends: two uses of one link run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.selector = :selector")
    Optional<Invitation> lockBySelector(String selector);

    /** Whether this person already has a pending invitation to this role there. */
    @Query("""
            select count(i) > 0 from Invitation i
            where i.email = :email and i.role = :role
              and coalesce(i.organisationId, 0) = coalesce(:organisationId, 0)
              and coalesce(i.networkId, 0) = coalesce(:networkId, 0)
              and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now
            """)
    boolean pendingExists(String email, Role role, Long organisationId, Long networkId, Instant now);

    /** Newest first; {@code status} null for all. */
    @Query("""
            select i from Invitation i
            where :status is null
               or (:status = 'REVOKED' and i.revokedAt is not null)
               or (:status = 'ACCEPTED' and i.acceptedAt is not null)
               or (:status = 'EXPIRED' and i.revokedAt is null and i.acceptedAt is null and i.expiresAt <= :now)
               or (:status = 'PENDING' and i.revokedAt is null and i.acceptedAt is null and i.expiresAt > :now)
            order by i.createdAt desc, i.id desc
            """)
    List<Invitation> newestFirst(String status, Instant now, Limit limit);

    /** The organisation's invitations not accepted nor revoked (pending or expired), newest first. */
    @Query("""
            select i from Invitation i
            where i.organisationId = :organisationId and i.acceptedAt is null and i.revokedAt is null
            order by i.createdAt desc, i.id desc
            """)
    List<Invitation> openOfOrganisation(long organisationId);

    /** Invitations to this address not accepted nor revoked, newest first. */
    @Query("""
            select i from Invitation i
            where i.email = :email and i.acceptedAt is null and i.revokedAt is null
            order by i.createdAt desc, i.id desc
            """)
    List<Invitation> openFor(String email);

    @Query("""
            select count(i) from Invitation i
            where i.revokedAt is null and i.acceptedAt is null and i.expiresAt > :now
            """)
    long countPending(Instant now);
}

package ca.repere.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findBySelector(String selector);

    /** Locked until the transaction ends: two uses of one link run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.selector = :selector")
    Optional<PasswordReset> lockBySelector(String selector);

    /** Every link of this person not used yet stops working (the password was just set). */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :now where r.userId = :userId and r.usedAt is null")
    int closeAllOf(long userId, Instant now);

    @Modifying
    @Query("delete from PasswordReset r where r.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}

package ca.repere.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "memberships")
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    @EntityGraph(attributePaths = "memberships")
    Optional<UserAccount> findWithMembershipsById(long id);

    /**
     * Enabled admins other than this person. Counted after taking the admins' lock (see
     * {@code UserAdministration}), each statement sees what others committed before it.
     */
    @Query("""
            select count(distinct m.user.id) from Membership m
            where m.role = ca.repere.account.Role.ADMIN and m.user.enabled and m.user.id <> :userId
            """)
    long countOtherActiveAdmins(long userId);

    /**
     * [id, display name] of these users. An array rather than {@code in :ids}: Hibernate translates
     * a query with a list parameter again at every execution, and pages show names all the time.
     */
    @Query("select u.id, u.displayName from UserAccount u where array_contains(:ids, u.id)")
    List<Object[]> displayNames(Long[] ids);

    /** Enabled accounts among these, with their memberships, in one query: whom to write to. */
    @Query(
            "select distinct u from UserAccount u left join fetch u.memberships where u.enabled and array_contains(:ids, u.id)")
    List<UserAccount> enabledWithMemberships(Long[] ids);

    @Query("select count(m) > 0 from Membership m where m.role = ca.repere.account.Role.ADMIN and m.user.enabled")
    boolean anyActiveAdmin();

    @Query("""
            select m from Membership m join fetch m.user u
            where m.organisationId = :organisationId
            order by u.displayName
            """)
    List<Membership> membershipsOfOrganisation(long organisationId);

    @Query("""
            select m from Membership m join fetch m.user u
            where m.networkId = :networkId
            order by u.displayName
            """)
    List<Membership> membershipsOfNetwork(long networkId);
}

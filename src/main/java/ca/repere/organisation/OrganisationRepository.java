package ca.repere.organisation;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** An array, not {@code in :ids}: Hibernate keeps no plan for queries with a list parameter. */
    @Query("select o from Organisation o where array_contains(:ids, o.id) order by lower(o.name)")
    List<Organisation> findAllByIdOrderByName(Long[] ids);

    @Query("select o from Organisation o order by lower(o.name)")
    List<Organisation> findAllOrderByName();

    /**
     * The admins' list: {@code pattern} is a {@code like} pattern on the name, any case ({@code %}
     * for any: a null string parameter would reach PostgreSQL untyped); null province or size for any.
     */
    @Query(value = """
                    select new ca.repere.organisation.OrganisationAdminRow(o.id, o.name, o.province, o.sizeBand,
                        (select count(n) from Network n join n.members m where m = o))
                    from Organisation o
                    where lower(o.name) like lower(:pattern) escape '!'
                      and (:province is null or o.province = :province)
                      and (:sizeBand is null or o.sizeBand = :sizeBand)
                    order by lower(o.name), o.id
                    """, countQuery = """
                    select count(o) from Organisation o
                    where lower(o.name) like lower(:pattern) escape '!'
                      and (:province is null or o.province = :province)
                      and (:sizeBand is null or o.sizeBand = :sizeBand)
                    """)
    Page<OrganisationAdminRow> search(String pattern, Province province, SizeBand sizeBand, Pageable page);

    /** Compared as the unique index compares them ({@code lower(name)}). */
    @Query("select count(o) > 0 from Organisation o where lower(o.name) = lower(:name) and o.id <> :exceptId")
    boolean nameTaken(String name, long exceptId);

    /** Organisations that are not (yet) members of this network, to choose from. */
    @Query("""
            select new ca.repere.organisation.OrganisationSummary(o.id, o.name, o.province, o.sizeBand)
            from Organisation o
            where not exists (select 1 from Network n join n.members m where n.id = :networkId and m = o)
            order by lower(o.name)
            """)
    List<OrganisationSummary> notMembersOf(long networkId);
}

package ca.repere.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    /** An array, not {@code in :ids}: Hibernate keeps no plan for queries with a list parameter. */
    @Query("select o from Organisation o where array_contains(:ids, o.id) order by lower(o.name)")
    List<Organisation> findAllByIdOrderByName(Long[] ids);

    @Query("select o from Organisation o order by lower(o.name)")
    List<Organisation> findAllOrderByName();
}

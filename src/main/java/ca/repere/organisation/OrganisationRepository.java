package ca.repere.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where o.id in :ids order by lower(o.name)")
    List<Organisation> findAllByIdOrderByName(Collection<Long> ids);

    @Query("select o from Organisation o order by lower(o.name)")
    List<Organisation> findAllOrderByName();
}

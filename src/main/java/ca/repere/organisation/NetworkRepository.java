package ca.repere.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

    @Query("select n from Network n where n.id in :ids order by lower(n.name)")
    List<Network> findAllByIdOrderByName(Collection<Long> ids);

    @Query("select n from Network n order by lower(n.name)")
    List<Network> findAllOrderByName();

    @Query("select n from Network n join n.members m where m.id = :organisationId order by lower(n.name)")
    List<Network> findAllWithMember(long organisationId);

    @Query("select count(m) from Network n join n.members m where n.id = :networkId")
    int countMembers(long networkId);
}

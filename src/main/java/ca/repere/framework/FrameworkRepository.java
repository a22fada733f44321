package ca.repere.framework;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, Long> {

    Optional<Framework> findByCode(String code);
}

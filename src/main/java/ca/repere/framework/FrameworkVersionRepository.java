package ca.repere.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    boolean existsByFrameworkCodeAndLabel(String frameworkCode, String label);

    @Query("""
            select new ca.repere.framework.FrameworkVersionSummary(
                v.id, f.code, f.name, v.label, v.status, v.publishedAt,
                cast((select count(p) from Pillar p where p.frameworkVersion = v) as int),
                cast((select count(c) from Criterion c where c.pillar.frameworkVersion = v) as int))
            from FrameworkVersion v join v.framework f
            order by f.code, v.createdAt desc
            """)
    List<FrameworkVersionSummary> summaries();

    @Query("select v from FrameworkVersion v join fetch v.framework where v.id = :id")
    Optional<FrameworkVersion> findWithFramework(long id);
}

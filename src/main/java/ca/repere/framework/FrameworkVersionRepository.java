package ca.repere.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    boolean existsByFrameworkCodeAndLabel(String frameworkCode, String label);

    boolean existsByFrameworkIdAndLabelAndIdNot(long frameworkId, String label, long versionId);

    boolean existsByFrameworkIdAndLabel(long frameworkId, String label);

    /** Whether any version of the framework was ever published (retired ones were). */
    boolean existsByFrameworkIdAndStatusNot(long frameworkId, VersionStatus status);

    long countByFrameworkId(long frameworkId);

    @Query("""
            select new ca.repere.framework.FrameworkVersionSummary(
                v.id, f.code, f.name, v.label, v.status, v.publishedAt,
                cast((select count(p) from Pillar p where p.frameworkVersion = v) as int),
                cast((select count(c) from Criterion c where c.pillar.frameworkVersion = v) as int))
            from FrameworkVersion v join v.framework f
            order by f.code, v.publishedAt desc nulls first, v.createdAt desc
            """)
    List<FrameworkVersionSummary> summaries();

    /** Whether the version is published now, read from the database (never from a cache). */
    @Query(
            "select count(v) > 0 from FrameworkVersion v where v.id = :id and v.status = ca.repere.framework.VersionStatus.PUBLISHED")
    boolean isPublished(long id);

    @Query("select v from FrameworkVersion v join fetch v.framework where v.id = :id")
    Optional<FrameworkVersion> findWithFramework(long id);
}

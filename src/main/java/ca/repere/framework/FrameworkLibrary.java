package ca.repere.framework;

import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The framework module's public face: read the library and its versions. */
@Service
@Transactional(readOnly = true)
public class FrameworkLibrary {

    private static final Set<VersionStatus> IN_USE = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED);

    private final FrameworkVersionRepository versions;

    /**
     * Published content never changes (the database refuses it), so a version read once serves
     * every later page without touching the database. Retiring changes its status: the editor
     * then {@linkplain #forget forgets} it here, and a new assessment checks the database instead
     * ({@link #versionForNewAssessment}), since another instance of the application may have
     * retired it.
     */
    private final Map<Long, FrameworkVersionView> published = new ConcurrentHashMap<>();

    FrameworkLibrary(FrameworkVersionRepository versions) {
        this.versions = versions;
    }

    /** Published and retired versions; drafts too when {@code includeDrafts} (for admins). */
    public List<FrameworkVersionSummary> versions(boolean includeDrafts) {
        Set<VersionStatus> wanted = statuses(includeDrafts);
        return summaries(version -> wanted.contains(version.status()));
    }

    public Optional<FrameworkVersionView> version(long id, boolean includeDrafts) {
        FrameworkVersionView cached = published.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FrameworkVersionView> view = versions.findWithFramework(id)
                .filter(version -> statuses(includeDrafts).contains(version.getStatus()))
                .map(FrameworkLibrary::view);
        view.filter(version -> version.status() == VersionStatus.PUBLISHED)
                .ifPresent(version -> published.put(version.id(), version));
        return view;
    }

    /** A version an assessment is pinned to: published or retired, never a draft. */
    public FrameworkVersionView pinnedVersion(long id) {
        return version(id, false).orElseThrow(() -> new IllegalStateException("No framework version " + id));
    }

    /**
     * A version a new assessment may use: published now (retired ones are not), checked in the
     * database rather than in the cache, which another instance's retirement does not reach.
     */
    public Optional<FrameworkVersionView> versionForNewAssessment(long id) {
        return versions.isPublished(id) ? version(id, false) : Optional.empty();
    }

    /**
     * Published versions, by framework, the most recently published first within each: what a new
     * assessment may use, the first of a framework being its default (the one just published).
     */
    public List<FrameworkVersionSummary> publishedVersions() {
        return summaries(version -> version.status() == VersionStatus.PUBLISHED);
    }

    /**
     * Filtered here rather than with {@code status in :statuses}: a library holds a handful of
     * versions, and Hibernate translates a query with a list parameter again at every execution.
     */
    private List<FrameworkVersionSummary> summaries(Predicate<FrameworkVersionSummary> wanted) {
        return versions.summaries().stream().filter(wanted).toList();
    }

    /** Drops a version from the cache: its status changed (retired). */
    void forget(long id) {
        published.remove(id);
    }

    private static Set<VersionStatus> statuses(boolean includeDrafts) {
        return includeDrafts ? EnumSet.allOf(VersionStatus.class) : IN_USE;
    }

    static FrameworkVersionView view(FrameworkVersion version) {
        List<PillarView> pillars = version.getPillars().stream()
                .map(pillar -> new PillarView(
                        pillar.getId(),
                        pillar.getCode(),
                        pillar.getTitle(),
                        pillar.getOutcome(),
                        pillar.getWeight(),
                        pillar.getCriteria().stream()
                                .map(criterion -> new CriterionView(
                                        criterion.getId(),
                                        criterion.getCode(),
                                        criterion.getText(),
                                        criterion.getGuidance(),
                                        criterion.getWeight()))
                                .toList()))
                .toList();
        List<RatingLevelView> scale = version.getRatingLevels().stream()
                .map(level -> new RatingLevelView(level.getValue(), level.getLabel(), level.getDescription()))
                .toList();
        return new FrameworkVersionView(
                version.getId(),
                version.getFramework().getCode(),
                version.getFramework().getName(),
                version.getLabel(),
                version.getStatus(),
                version.getDescription(),
                version.getSource(),
                version.getPublishedAt(),
                pillars,
                scale);
    }
}

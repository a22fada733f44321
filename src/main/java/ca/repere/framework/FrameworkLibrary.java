package ca.repere.framework;

import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The framework module's public face: read the library and its versions. */
@Service
@Transactional(readOnly = true)
public class FrameworkLibrary {

    private static final Set<VersionStatus> IN_USE = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED);

    private final FrameworkVersionRepository versions;

    FrameworkLibrary(FrameworkVersionRepository versions) {
        this.versions = versions;
    }

    /** Published and retired versions; drafts too when {@code includeDrafts} (for admins). */
    public List<FrameworkVersionSummary> versions(boolean includeDrafts) {
        return versions.summaries(statuses(includeDrafts));
    }

    public Optional<FrameworkVersionView> version(long id, boolean includeDrafts) {
        return versions.findWithFramework(id, statuses(includeDrafts)).map(FrameworkLibrary::view);
    }

    private static Set<VersionStatus> statuses(boolean includeDrafts) {
        return includeDrafts ? EnumSet.allOf(VersionStatus.class) : IN_USE;
    }

    private static FrameworkVersionView view(FrameworkVersion version) {
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

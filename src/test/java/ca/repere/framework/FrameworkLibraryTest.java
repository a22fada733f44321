package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataAccessException;

/** The CCR/CLEO framework file is in the library, whole, in both languages, and published versions do not move. */
class FrameworkLibraryTest extends IntegrationTest {

    @Autowired
    FrameworkLibrary library;

    @Autowired
    FrameworkFileLoader loader;

    @Test
    void ccrCleoFrameworkIsLoadedWithItsFourPillarsAndNineteenCriteria() {
        FrameworkVersionView framework = ccrCleo();

        assertThat(framework.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(framework.pillars()).extracting(PillarView::code).containsExactly("1", "2", "3", "4");
        assertThat(framework.pillars())
                .extracting(pillar -> pillar.criteria().size())
                .containsExactly(7, 5, 4, 3);
        assertThat(framework.pillars().get(0).title().fr()).isEqualTo("Principes éthiques");
        assertThat(framework.pillars().get(3).criteria())
                .extracting(CriterionView::code)
                .containsExactly("4.1", "4.2", "4.3");
        assertThat(framework.pillars().get(0).criteria().get(2).text().fr()).contains("gratuité");
    }

    @Test
    void everyTextExistsInFrenchAndEnglish() {
        FrameworkVersionView framework = ccrCleo();

        assertThat(framework.frameworkName().isComplete()).isTrue();
        assertThat(framework.description().isComplete()).isTrue();
        for (PillarView pillar : framework.pillars()) {
            assertThat(pillar.title().isComplete())
                    .as("title of pillar " + pillar.code())
                    .isTrue();
            assertThat(pillar.outcome().isComplete())
                    .as("outcome of pillar " + pillar.code())
                    .isTrue();
            assertThat(pillar.outcome().fr()).isNotEqualTo(pillar.outcome().en());
            for (CriterionView criterion : pillar.criteria()) {
                assertThat(criterion.text().isComplete())
                        .as("text of " + criterion.code())
                        .isTrue();
                assertThat(criterion.text().fr())
                        .as(criterion.code())
                        .isNotEqualTo(criterion.text().en());
                if (criterion.guidance() != null) {
                    assertThat(criterion.guidance().isComplete())
                            .as("guidance of " + criterion.code())
                            .isTrue();
                }
            }
        }
        assertThat(framework.pillars().get(2).criteria().get(2).guidance().in(Locale.CANADA_FRENCH))
                .as("sub-points of 3.3 stay in its guidance")
                .contains("CCR")
                .contains("listes de diffusion");
    }

    @Test
    void defaultRatingScaleGoesFromNotInPlaceToEmbeddedAndReviewed() {
        assertThat(ccrCleo().ratingScale())
                .extracting(
                        FrameworkVersionView.RatingLevelView::value,
                        level -> level.label().en(),
                        level -> level.description().isComplete())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "Not in place", true),
                        org.assertj.core.groups.Tuple.tuple(1, "Planned", true),
                        org.assertj.core.groups.Tuple.tuple(2, "Partly in place", true),
                        org.assertj.core.groups.Tuple.tuple(3, "In place", true),
                        org.assertj.core.groups.Tuple.tuple(4, "Embedded and reviewed", true));
    }

    @Test
    void pathwaysToProsperityFrameworkIsLoadedBesideCcrCleoWithItsTenCharacteristics() {
        FrameworkVersionView pathways = testFrameworks.version("p2p-promising-practices-2021", "2021-06");

        assertThat(pathways.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(pathways.frameworkName().en()).contains("Promising");
        assertThat(pathways.source().fr()).contains("Voies vers la prospérité");
        assertThat(pathways.pillars())
                .extracting(PillarView::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(pathways.pillars())
                .extracting(pillar -> pillar.criteria().size())
                .containsExactly(3, 4, 4, 3, 3, 5, 2, 4, 2, 6);
        assertThat(pathways.ratingScale())
                .extracting(FrameworkVersionView.RatingLevelView::value)
                .containsExactly(0, 1, 2, 3, 4);
        for (PillarView pillar : pathways.pillars()) {
            assertThat(pillar.title().isComplete() && pillar.outcome().isComplete())
                    .as(pillar.code())
                    .isTrue();
            pillar.criteria()
                    .forEach(criterion -> assertThat(criterion.text().isComplete())
                            .as(criterion.code())
                            .isTrue());
        }
        assertThat(library.publishedVersions())
                .extracting(FrameworkVersionSummary::frameworkCode)
                .contains("ccr-cleo-2021", "p2p-promising-practices-2021");
    }

    @Test
    void loadingAgainAtTheNextStartAddsNothing() throws Exception {
        int before = library.versions(true).size();

        loader.run(new DefaultApplicationArguments());

        assertThat(library.versions(true)).hasSize(before);
    }

    @Test
    void databaseRefusesToChangeAPublishedVersion() {
        FrameworkVersionView framework = ccrCleo();
        long criterion = framework.pillars().get(0).criteria().get(0).id();

        assertThatThrownBy(() -> jdbc.sql("update criterion set text_en = 'changed' where id = ?")
                        .param(criterion)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from pillar where framework_version_id = ?")
                        .param(framework.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update framework_version set description_fr = 'x' where id = ?")
                        .param(framework.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update framework_version set status = 'DRAFT' where id = ?")
                        .param(framework.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(ccrCleo()).isEqualTo(framework);
    }

    @Test
    void libraryListsTheVersionWithItsCounts() {
        assertThat(library.versions(false))
                .filteredOn(summary -> summary.frameworkCode().equals("ccr-cleo-2021"))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.pillarCount()).isEqualTo(4);
                    assertThat(summary.criterionCount()).isEqualTo(19);
                    assertThat(summary.publishedAt()).isNotNull();
                });
    }

    private FrameworkVersionView ccrCleo() {
        List<FrameworkVersionSummary> versions = library.versions(false).stream()
                .filter(summary -> summary.frameworkCode().equals("ccr-cleo-2021"))
                .toList();
        assertThat(versions).hasSize(1);
        return library.version(versions.get(0).id(), false).orElseThrow();
    }
}

package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.framework.EditRefusedException.Reason;
import ca.repere.framework.FrameworkEditor.CriterionEdit;
import ca.repere.framework.FrameworkEditor.LevelEdit;
import ca.repere.framework.FrameworkEditor.PillarEdit;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.shared.audit.AuditEvent;
import ca.repere.shared.audit.AuditTrail;
import ca.repere.shared.i18n.LocalizedText;
import ca.repere.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's rules over real PostgreSQL: a copy is whole, published versions never change
 * (the editor refuses, and so does the database), codes are unique, both languages are required
 * to publish, items are added, removed and reordered, a stale save is refused, every change is
 * audited, and retiring or publishing changes what new assessments are offered.
 */
class FrameworkEditorTest extends FrameworkEditorTestSupport {

    private static final LocalizedText TEXT = LocalizedText.of("Texte", "Text");

    @Autowired
    AuditTrail audit;

    @Test
    void aCopyIsADeepCopyKeepingEveryCodeTextWeightAndLevel() {
        long published = publishedFramework();
        FrameworkVersionView source = library.version(published, false).orElseThrow();

        long draft = copy(published);

        FrameworkVersionView copy = draft(draft).content();
        assertThat(copy.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(copy.id()).isNotEqualTo(published);
        assertThat(copy.frameworkCode()).isEqualTo(source.frameworkCode());
        assertThat(copy.description()).isEqualTo(source.description());
        assertThat(copy.source()).isEqualTo(source.source());
        assertThat(copy.ratingScale()).isEqualTo(source.ratingScale());
        assertThat(withoutIds(copy.pillars())).isEqualTo(withoutIds(source.pillars()));
        assertThat(copy.pillars())
                .flatExtracting(PillarView::criteria)
                .extracting(CriterionView::id)
                .doesNotContainAnyElementsOf(source.pillars().stream()
                        .flatMap(pillar -> pillar.criteria().stream())
                        .map(CriterionView::id)
                        .toList());
        assertThat(draft(draft).basedOnLabel()).isEqualTo("v1");
        assertThat(draft(draft).problems()).isEmpty();
    }

    @Test
    void aPublishedVersionChangesNeitherThroughTheEditorNorInTheDatabase() {
        long published = publishedFramework();
        FrameworkVersionView before = library.version(published, false).orElseThrow();
        PillarView pillar = before.pillars().get(0);

        assertThatThrownBy(() -> asAdmin(() ->
                        editor.editPillar(published, pillar.id(), 0, new PillarEdit("1", BigDecimal.ONE, TEXT, TEXT))))
                .isInstanceOf(NotEditableException.class);
        assertThatThrownBy(() -> asAdmin(() -> editor.deleteDraft(published, 0)))
                .isInstanceOf(NotEditableException.class);
        assertThatThrownBy(() -> asAdmin(() -> editor.publish(published, 0))).isInstanceOf(NotEditableException.class);

        assertThatThrownBy(() -> jdbc.sql("update criterion set weight = 2 where id = ?")
                        .param(pillar.criteria().get(0).id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into pillar (framework_version_id, position, code, title_fr,"
                                + " title_en, outcome_fr, outcome_en) values (?, 9, 'X', 'x', 'x', 'x', 'x')")
                        .param(published)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from rating_level where framework_version_id = ?")
                        .param(published)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from framework_version where id = ?")
                        .param(published)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be deleted");

        library.forget(published);
        assertThat(library.version(published, false).orElseThrow()).isEqualTo(before);
    }

    @Test
    void onlyAdminsUseTheEditor() {
        long published = publishedFramework();

        assertThatThrownBy(() -> editor.copyToDraft(published, "nobody")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.library()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void codesAreUniqueWithinTheVersionAndWeightsPositive() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        PillarView first = view.content().pillars().get(0);
        PillarView second = view.content().pillars().get(1);

        assertThat(refusal(() ->
                        editor.addPillar(draft, view.lockVersion(), new PillarEdit("2", BigDecimal.ZERO, TEXT, TEXT))))
                .extracting(Reason::field, Reason::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("code", "framework.file.problem.duplicateCode"),
                        org.assertj.core.groups.Tuple.tuple("weight", "framework.file.problem.weight"));
        // Criterion codes are unique across pillars, not only within one.
        assertThat(refusal(() -> editor.editCriterion(
                        draft,
                        second.criteria().get(0).id(),
                        view.lockVersion(),
                        new CriterionEdit("1.1", new BigDecimal("1.5"), TEXT, null))))
                .extracting(Reason::messageKey)
                .containsExactly("framework.file.problem.duplicateCode");
        assertThat(refusal(() -> editor.addCriterion(
                        draft,
                        first.id(),
                        view.lockVersion(),
                        new CriterionEdit("1 1", new BigDecimal("0.0001"), TEXT, null))))
                .extracting(Reason::messageKey)
                .containsExactly("framework.file.problem.itemCode", "framework.file.problem.weight");
        assertThat(refusal(
                        () -> editor.copyToDraft(draft(draft).content().id() == draft ? publishedOf(draft) : 0, "v1")))
                .extracting(Reason::messageKey)
                .containsExactly("validation.framework.labelTaken");

        assertThat(draft(draft).lockVersion()).as("nothing saved").isEqualTo(view.lockVersion());
    }

    @Test
    void pillarsAndCriteriaAreAddedRemovedAndReordered() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        PillarView pillar2 = view.content().pillars().get(1);
        List<CriterionView> criteria = pillar2.criteria();

        asAdmin(() ->
                editor.moveCriterion(draft, criteria.get(2).id(), draft(draft).lockVersion(), -1));
        asAdmin(() -> editor.movePillar(draft, pillar2.id(), draft(draft).lockVersion(), -1));
        asAdmin(() ->
                editor.moveCriterion(draft, criteria.get(0).id(), draft(draft).lockVersion(), -1));
        asAdmin(() ->
                editor.removeCriterion(draft, criteria.get(4).id(), draft(draft).lockVersion()));
        long added = asAdmin(() -> editor.addCriterion(
                draft,
                pillar2.id(),
                draft(draft).lockVersion(),
                new CriterionEdit("2.9", new BigDecimal("2.5"), LocalizedText.of("Nouveau", "New"), null)));
        long pillar5 = asAdmin(() ->
                editor.addPillar(draft, draft(draft).lockVersion(), new PillarEdit("5", BigDecimal.ONE, TEXT, TEXT)));
        asAdmin(() -> editor.removePillar(
                draft, view.content().pillars().get(3).id(), draft(draft).lockVersion()));

        FrameworkVersionView after = draft(draft).content();
        assertThat(after.pillars()).extracting(PillarView::code).containsExactly("2", "1", "3", "5");
        assertThat(after.pillars().get(0).criteria())
                .extracting(CriterionView::code)
                .containsExactly("2.1", "2.3", "2.2", "2.4", "2.9");
        assertThat(after.pillars().get(0).criteria().get(4).id()).isEqualTo(added);
        assertThat(after.pillars().get(0).criteria().get(4).weight()).isEqualByComparingTo("2.5");
        assertThat(after.pillars().get(3).id()).isEqualTo(pillar5);
        assertThat(jdbc.sql("select position from criterion where pillar_id = ? order by position")
                        .param(pillar2.id())
                        .query(Integer.class)
                        .list())
                .as("positions stay contiguous")
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(asAdmin(() -> editor.changesSinceBase(draft)))
                .as("what the publish page sums up")
                .hasValueSatisfying(changes -> {
                    assertThat(changes.basedOnLabel()).isEqualTo("v1");
                    assertThat(changes.pillarsAdded()).containsExactly("5");
                    assertThat(changes.pillarsRemoved()).containsExactly("4");
                    assertThat(changes.criteriaAdded()).containsExactly("2.9");
                    assertThat(changes.criteriaRemoved()).containsExactly("2.5", "4.1", "4.2", "4.3");
                    assertThat(changes.criteriaChanged()).isEmpty();
                    assertThat(changes.orderChanged()).isTrue();
                    assertThat(changes.scaleChanged()).isFalse();
                });
        assertThat(draft(draft).problems())
                .as("the new pillar has no criterion yet")
                .extracting(DraftProblem::messageKey)
                .containsExactly("framework.file.problem.noCriteria");
    }

    @Test
    void thePublishPageSummaryCountsAnAddedItemAsAnAdditionNotAsAMove() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        PillarView pillar1 = view.content().pillars().get(0);
        asAdmin(() -> editor.addCriterion(
                draft, pillar1.id(), view.lockVersion(), new CriterionEdit("1.8", BigDecimal.ONE, TEXT, null)));
        asAdmin(() -> editor.removeCriterion(
                draft, pillar1.criteria().get(0).id(), draft(draft).lockVersion()));

        VersionChanges changes = asAdmin(() -> editor.changesSinceBase(draft)).orElseThrow();

        assertThat(changes.criteriaAdded()).containsExactly("1.8");
        assertThat(changes.criteriaRemoved()).containsExactly("1.1");
        assertThat(changes.orderChanged()).isFalse();
        assertThat(changes.none()).isFalse();
    }

    @Test
    void aNewFrameworkIsPublishedOnlyOnceEveryTextExistsInBothLanguages() {
        String code = TestData.unique("new").toLowerCase();
        long draft = asAdmin(() -> editor.createFramework(
                new FrameworkEditor.NewFramework(code, LocalizedText.of("Nouveau cadre", "New framework"), "1.0")));

        assertThat(locations(draft)).containsExactly("description.fr", "description.en", "ratingScale", "pillars");
        assertThat(refusal(() -> editor.publish(draft, draft(draft).lockVersion())))
                .extracting(Reason::messageKey)
                .containsExactly("framework.editor.publish.hasProblems");

        asAdmin(() -> editor.editDetails(
                draft,
                draft(draft).lockVersion(),
                new FrameworkEditor.Details("1.0", null, LocalizedText.of("Préambule", ""), null)));
        asAdmin(() -> editor.saveRatingScale(
                draft,
                draft(draft).lockVersion(),
                List.of(
                        new LevelEdit(1, LocalizedText.of("Oui", "Yes"), LocalizedText.of("En place", "")),
                        new LevelEdit(0, LocalizedText.of("Non", "No"), LocalizedText.of("Rien", "Nothing")))));
        long pillar = asAdmin(() -> editor.addPillar(
                draft,
                draft(draft).lockVersion(),
                new PillarEdit("A", BigDecimal.ONE, LocalizedText.of("Titre", ""), TEXT)));
        assertThat(locations(draft))
                .containsExactly(
                        "description.en",
                        "ratingScale[1].description.en",
                        "pillars[0].title.en",
                        "pillars[0].criteria");
        DraftProblem missingTitle = draft(draft).problems().get(2);
        assertThat(missingTitle.place())
                .extracting(DraftProblem.Part::key)
                .containsExactly("framework.editor.place.pillar", "framework.editor.field.title.en");
        assertThat(missingTitle.href()).endsWith("/versions/" + draft + "/pillars/" + pillar + "#titleEn");
        assertThat(draft(draft).content().ratingScale())
                .as("levels are kept in increasing order of value")
                .extracting(FrameworkVersionView.RatingLevelView::value)
                .containsExactly(0, 1);

        asAdmin(() -> editor.editDetails(
                draft,
                draft(draft).lockVersion(),
                new FrameworkEditor.Details(
                        "1.0", LocalizedText.of("Cadre renommé", "Renamed framework"), TEXT, null)));
        asAdmin(() -> editor.saveRatingScale(
                draft,
                draft(draft).lockVersion(),
                List.of(new LevelEdit(0, TEXT, TEXT), new LevelEdit(1, LocalizedText.of("Oui", "Yes"), TEXT))));
        asAdmin(() -> editor.editPillar(
                draft, pillar, draft(draft).lockVersion(), new PillarEdit("A", BigDecimal.ONE, TEXT, TEXT)));
        asAdmin(() -> editor.addCriterion(
                draft, pillar, draft(draft).lockVersion(), new CriterionEdit("A.1", BigDecimal.ONE, TEXT, null)));
        assertThat(draft(draft).problems()).isEmpty();

        asAdmin(() -> editor.publish(draft, draft(draft).lockVersion()));

        FrameworkVersionView published = library.version(draft, false).orElseThrow();
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.frameworkName().en()).isEqualTo("Renamed framework");
        assertThat(library.versionForNewAssessment(draft)).isPresent();
        // Once a version is published, the name (shown with every assessment) no longer changes.
        long next = asAdmin(() -> editor.copyToDraft(draft, "2.0"));
        assertThat(draft(next).frameworkNameEditable()).isFalse();
        asAdmin(() -> editor.editDetails(
                next,
                draft(next).lockVersion(),
                new FrameworkEditor.Details("2.0", LocalizedText.of("Autre", "Other"), TEXT, null)));
        assertThat(draft(next).content().frameworkName().en()).isEqualTo("Renamed framework");
    }

    @Test
    void aSaveBasedOnAnOlderStateOfTheDraftIsRefused() {
        long draft = copy(publishedFramework());
        DraftView seen = draft(draft);
        CriterionView criterion = seen.content().pillars().get(0).criteria().get(0);
        asAdmin(() -> editor.editCriterion(
                draft,
                criterion.id(),
                seen.lockVersion(),
                new CriterionEdit(criterion.code(), BigDecimal.ONE, LocalizedText.of("Premier", "First"), null)));

        assertThatThrownBy(() -> asAdmin(() -> editor.editCriterion(
                        draft,
                        criterion.id(),
                        seen.lockVersion(),
                        new CriterionEdit(
                                criterion.code(), BigDecimal.ONE, LocalizedText.of("Second", "Second"), null))))
                .isInstanceOf(DraftChangedException.class);
        assertThatThrownBy(() -> asAdmin(() -> editor.moveCriterion(draft, criterion.id(), seen.lockVersion(), 1)))
                .isInstanceOf(DraftChangedException.class);
        assertThatThrownBy(() -> asAdmin(() -> editor.publish(draft, seen.lockVersion())))
                .isInstanceOf(DraftChangedException.class);

        assertThat(draft(draft).criterion(criterion.id()).text().en()).isEqualTo("First");
        assertThat(draft(draft).content().status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void everyChangeIsRecordedWithOnlyWhatItChanged() {
        long published = publishedFramework();
        long draft = copy(published);
        DraftView view = draft(draft);
        CriterionView criterion = view.content().pillars().get(2).criteria().get(1);

        asAdmin(() -> editor.editCriterion(
                draft,
                criterion.id(),
                view.lockVersion(),
                new CriterionEdit(
                        criterion.code(),
                        new BigDecimal("2"),
                        LocalizedText.of(criterion.text().fr(), "A new English text"),
                        criterion.guidance())));
        asAdmin(() -> editor.movePillar(
                draft, view.content().pillars().get(3).id(), draft(draft).lockVersion(), -1));
        asAdmin(() -> editor.publish(draft, draft(draft).lockVersion()));
        asAdmin(() -> editor.retire(published));
        long discarded = copy(published);
        asAdmin(() -> editor.deleteDraft(discarded, draft(discarded).lockVersion()));

        List<AuditEvent> history = audit.historyOf("framework_version", draft);
        assertThat(history)
                .extracting(AuditEvent::action)
                .containsExactly(
                        "framework.draft.created",
                        "framework.draft.edited",
                        "framework.draft.edited",
                        "framework.version.published");
        assertThat(history).allSatisfy(event -> assertThat(event.actorId()).isEqualTo(admin().id()));
        assertThat(history.get(1).changes())
                .containsExactly(
                        new AuditEvent.Change("criterion 3.2 weight", "1", "2"),
                        new AuditEvent.Change(
                                "criterion 3.2 text.en", criterion.text().en(), "A new English text"));
        assertThat(history.get(2).changes())
                .containsExactly(new AuditEvent.Change("pillars order", "1, 2, 3, 4", "1, 2, 4, 3"));
        assertThat(audit.historyOf("framework_version", published))
                .extracting(AuditEvent::action)
                .containsExactly("framework.version.imported", "framework.version.retired");
        assertThat(audit.historyOf("framework_version", discarded))
                .extracting(AuditEvent::action)
                .containsExactly("framework.draft.created", "framework.draft.deleted");
        assertThat(jdbc.sql("select count(*) from framework_version where id = ?")
                        .param(discarded)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void deletingTheOnlyDraftOfANewFrameworkDeletesTheFrameworkToo() {
        String code = TestData.unique("gone").toLowerCase();
        long draft = asAdmin(() -> editor.createFramework(
                new FrameworkEditor.NewFramework(code, LocalizedText.of("Éphémère", "Ephemeral"), "0.1")));
        asAdmin(() ->
                editor.addPillar(draft, draft(draft).lockVersion(), new PillarEdit("A", BigDecimal.ONE, TEXT, TEXT)));

        assertThatThrownBy(() -> asAdmin(() -> editor.deleteDraft(draft, 0))).isInstanceOf(DraftChangedException.class);
        asAdmin(() -> editor.deleteDraft(draft, draft(draft).lockVersion()));

        assertThat(jdbc.sql("select count(*) from framework where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(audit.historyOf("framework_version", draft).get(2).changes())
                .contains(new AuditEvent.Change("frameworkDeleted", "true", null));
    }

    @Test
    void retiringHidesAVersionFromNewAssessmentsAndTheLibraryNoLongerSaysPublished() {
        long published = publishedFramework();
        FrameworkVersionView cached = library.pinnedVersion(published);
        assertThat(cached.status()).isEqualTo(VersionStatus.PUBLISHED);

        asAdmin(() -> editor.retire(published));

        assertThat(library.pinnedVersion(published).status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(library.pinnedVersion(published).pillars()).isEqualTo(cached.pillars());
        assertThat(library.versionForNewAssessment(published)).isEmpty();
        assertThat(library.publishedVersions())
                .extracting(FrameworkVersionSummary::id)
                .doesNotContain(published);
        assertThatThrownBy(() -> asAdmin(() -> editor.retire(published))).isInstanceOf(NotEditableException.class);
    }

    @Test
    void theVersionPublishedLastIsOfferedFirstEvenWhenItsDraftWasMadeEarlier() {
        long first = publishedFramework();
        String code = library.pinnedVersion(first).frameworkCode();
        long madeEarlier = asAdmin(() -> editor.copyToDraft(first, "made-earlier"));
        long madeLater = asAdmin(() -> editor.copyToDraft(first, "made-later"));
        asAdmin(() -> editor.publish(madeLater, draft(madeLater).lockVersion()));
        asAdmin(() -> editor.publish(madeEarlier, draft(madeEarlier).lockVersion()));

        assertThat(library.publishedVersions())
                .filteredOn(version -> version.frameworkCode().equals(code))
                .extracting(FrameworkVersionSummary::label)
                .containsExactly("made-earlier", "made-later", "v1");
        assertThat(asAdmin(() -> editor.library()))
                .filteredOn(framework -> framework.code().equals(code))
                .singleElement()
                .satisfies(framework -> assertThat(framework.versions())
                        .filteredOn(LibraryEntry.Version::isDefault)
                        .extracting(LibraryEntry.Version::label)
                        .containsExactly("made-earlier"));
    }

    private long publishedOf(long draft) {
        return jdbc.sql("select based_on_id from framework_version where id = ?")
                .param(draft)
                .query(Long.class)
                .single();
    }

    private List<String> locations(long draft) {
        return asAdmin(() -> DraftProblemsProbe.locations(editor.asFile(draft)));
    }

    private List<Reason> refusal(Runnable action) {
        try {
            asAdmin(action);
        } catch (EditRefusedException refused) {
            return refused.reasons();
        }
        throw new AssertionError("the editor accepted the change");
    }

    private static List<List<Object>> withoutIds(List<PillarView> pillars) {
        Function<CriterionView, List<Object>> criterion =
                c -> List.of(c.code(), c.text(), String.valueOf(c.guidance()), c.weight());
        return pillars.stream()
                .map(pillar -> List.<Object>of(
                        pillar.code(),
                        pillar.title(),
                        pillar.outcome(),
                        pillar.weight(),
                        pillar.criteria().stream().map(criterion).toList()))
                .toList();
    }

    /** The locations the file rules give for a draft, as a file would get them. */
    static final class DraftProblemsProbe {

        static List<String> locations(FrameworkFile file) {
            return new FrameworkFileValidator()
                    .validate(file).stream().map(FrameworkFileProblem::location).toList();
        }
    }
}

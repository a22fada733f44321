package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.AssessmentStateException;
import ca.repere.assessment.Priority;
import ca.repere.assessment.SaveOutcome;
import ca.repere.assessment.Scope;
import ca.repere.assessment.ScopeEdit;
import ca.repere.framework.FrameworkEditor.CriterionEdit;
import ca.repere.framework.FrameworkEditor.LevelEdit;
import ca.repere.framework.FrameworkEditor.PillarEdit;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.scoring.Report;
import ca.repere.scoring.ReportService;
import ca.repere.shared.i18n.LocalizedText;
import ca.repere.support.TestData.User;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The promise of the framework library: an assessment stays pinned to its framework version.
 * Whatever the editor does afterwards (a new version copied from it with other texts, weights,
 * criteria, order and scale, published; the old version retired), the assessments already made
 * read exactly as before: report page, CSV, pillar pages and scores, byte for byte.
 */
class PinnedAssessmentTest extends FrameworkEditorTestSupport {

    /** A form's CSRF token changes with every request: the only part of a page that may differ. */
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentQueries queries;

    @Autowired
    ReportService reports;

    @Test
    void editingPublishingAndRetiringVersionsLeavesExistingAssessmentsByteForByteUnchanged() {
        long v1 = publishedFramework();
        long organisation = data.organisation("Accueil épinglé " + System.nanoTime());
        User lead = data.user(Grant.leadOf(organisation));
        CurrentUser current = data.current(lead);
        // Last year's, submitted; this year's, in progress: its report compares with last year's.
        long lastYear = start(current, organisation, v1);
        scope(current, organisation, lastYear, Map.of("1.7", "Aucun bénévole"), Map.of("2.2", Priority.HIGH));
        answer(current, organisation, lastYear, Map.of("1.1", 1, "2.2", 0, "3.1", 2, "4.3", 0), 3);
        assessments.submit(current, organisation, lastYear);
        long thisYear = start(current, organisation, v1);
        scope(current, organisation, thisYear, Map.of(), Map.of("3.1", Priority.HIGH));
        answer(current, organisation, thisYear, Map.of("1.1", 4, "2.2", 2, "3.1", 1, "4.1", 0), 2);

        Map<String, String> before = capture(lead, organisation, lastYear, thisYear);
        Report lastYearReport = reports.report(current, organisation, lastYear);
        Report thisYearReport = reports.report(current, organisation, thisYear);

        long v2 = editedCopyPublished(v1);
        asAdmin(() -> editor.retire(v1));

        Map<String, String> after = capture(lead, organisation, lastYear, thisYear);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String page : before.keySet()) {
            assertThat(after.get(page)).as(page).isEqualTo(before.get(page));
        }
        assertThat(reports.report(current, organisation, lastYear)).isEqualTo(lastYearReport);
        assertThat(reports.report(current, organisation, thisYear)).isEqualTo(thisYearReport);
        assertThat(thisYearReport.overall()).isNotNull();

        // The new version really is different, and it alone is offered to new assessments.
        FrameworkVersionView edited = library.pinnedVersion(v2);
        assertThat(edited.pillars()).extracting(PillarView::code).containsExactly("1", "2", "4", "3");
        assertThat(edited.pillars().get(0).criteria())
                .extracting(CriterionView::code)
                .doesNotContain("1.7");
        assertThat(edited.ratingScale().get(2).label().en()).isEqualTo("Half way");
        assertThat(library.pinnedVersion(v1).status()).isEqualTo(VersionStatus.RETIRED);
        assertThatThrownBy(() -> start(current, organisation, v1))
                .isInstanceOf(AssessmentStateException.class)
                .hasMessage("assessment.error.frameworkUnavailable");
        long onNewVersion = start(current, organisation, v2);
        assertThat(queries.pillarCodes(current, organisation, onNewVersion)).containsExactly("1", "2", "4", "3");
    }

    /** A copy of v1 with other texts, weights, criteria, order and scale, published. */
    private long editedCopyPublished(long v1) {
        long v2 = copy(v1);
        DraftView draft = draft(v2);
        PillarView pillar1 = draft.content().pillars().get(0);
        PillarView pillar2 = draft.content().pillars().get(1);
        PillarView pillar4 = draft.content().pillars().get(3);
        CriterionView criterion11 = pillar1.criteria().get(0);
        asAdmin(() -> {
            editor.editCriterion(
                    v2,
                    criterion11.id(),
                    draft(v2).lockVersion(),
                    new CriterionEdit(
                            "1.1",
                            new BigDecimal("3"),
                            LocalizedText.of("Un texte réécrit", "A rewritten text"),
                            LocalizedText.of("D’autres exemples", "Other examples")));
            editor.editPillar(
                    v2,
                    pillar2.id(),
                    draft(v2).lockVersion(),
                    new PillarEdit("2", new BigDecimal("2.5"), pillar2.title(), LocalizedText.of("Autre", "Other")));
            editor.removeCriterion(v2, pillar1.criteria().get(6).id(), draft(v2).lockVersion());
            editor.addCriterion(
                    v2,
                    pillar2.id(),
                    draft(v2).lockVersion(),
                    new CriterionEdit("2.6", BigDecimal.ONE, LocalizedText.of("Nouveau", "New"), null));
            editor.movePillar(v2, pillar4.id(), draft(v2).lockVersion(), -1);
            List<LevelEdit> scale = draft(v2).content().ratingScale().stream()
                    .map(level -> new LevelEdit(
                            level.value(),
                            level.value() == 2 ? LocalizedText.of("À mi-chemin", "Half way") : level.label(),
                            level.description()))
                    .toList();
            editor.saveRatingScale(v2, draft(v2).lockVersion(), scale);
            editor.editDetails(
                    v2,
                    draft(v2).lockVersion(),
                    new FrameworkEditor.Details(
                            "v2", null, LocalizedText.of("Nouveau préambule", "New preamble"), null));
            editor.publish(v2, draft(v2).lockVersion());
        });
        return v2;
    }

    /** What the organisation's people read about both assessments, in both languages. */
    private Map<String, String> capture(User lead, long organisation, long lastYear, long thisYear) {
        Map<String, String> pages = new LinkedHashMap<>();
        String assessmentsPath = "/organisations/" + organisation + "/assessments";
        for (String language : List.of("fr", "en")) {
            pages.put("list " + language, get(lead, assessmentsPath, language));
            for (long assessment : List.of(lastYear, thisYear)) {
                String base = assessmentsPath + "/" + assessment;
                for (String page : List.of("", "/report", "/report.csv", "/review", "/pillars/1", "/pillars/4")) {
                    pages.put(assessment + page + " " + language, get(lead, base + page, language));
                }
            }
        }
        return pages;
    }

    private String get(User user, String path, String language) {
        MvcTestResult result =
                mvc.get().uri(path + "?lang=" + language).with(as(user)).exchange();
        assertThat(result).as(path).hasStatusOk();
        return CSRF.matcher(FrameworkEditorPagesTest.body(result)).replaceAll("name=\"_csrf\"");
    }

    private long start(CurrentUser user, long organisation, long version) {
        return assessments.start(
                user,
                organisation,
                new AssessmentService.StartCommand(
                        version, "Bilan " + System.nanoTime(), Scope.FULL, Set.of(), null, false));
    }

    private void scope(
            CurrentUser user,
            long organisation,
            long assessment,
            Map<String, String> notApplicable,
            Map<String, Priority> priorities) {
        List<ScopeEdit> edits = queries.scopePage(user, organisation, assessment).pillars().stream()
                .flatMap(pillar -> pillar.criteria().stream())
                .map(answer -> new ScopeEdit(
                        answer.criterion().id(),
                        answer.version(),
                        !notApplicable.containsKey(answer.criterion().code()),
                        notApplicable.get(answer.criterion().code()),
                        priorities.getOrDefault(answer.criterion().code(), Priority.NORMAL)))
                .toList();
        assertThat(assessments.saveScope(user, organisation, assessment, edits)).isInstanceOf(SaveOutcome.Saved.class);
    }

    private void answer(
            CurrentUser user, long organisation, long assessment, Map<String, Integer> ratings, int otherwise) {
        for (String pillar : queries.pillarCodes(user, organisation, assessment)) {
            List<AnswerEdit> edits = queries.pillarPage(user, organisation, assessment, pillar).criteria().stream()
                    .filter(answer -> answer.applicable())
                    .map(answer -> new AnswerEdit(
                            answer.criterion().id(),
                            answer.version(),
                            ratings.getOrDefault(answer.criterion().code(), otherwise),
                            "Preuve « " + answer.criterion().code() + " », politique d’accueil",
                            "Note",
                            true,
                            false))
                    .toList();
            assertThat(assessments.saveAnswers(user, organisation, assessment, pillar, edits, List.of()))
                    .isInstanceOf(SaveOutcome.Saved.class);
        }
    }
}

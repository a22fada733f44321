package ca.repere.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.Header;
import ca.repere.assessment.AssessmentPages.PillarAnswers;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.assessment.AssessmentStatus;
import ca.repere.assessment.Priority;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.framework.VersionStatus;
import ca.repere.scoring.Report.CriterionChange;
import ca.repere.scoring.Report.CriterionResult;
import ca.repere.scoring.Report.PillarChange;
import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The report's rules on hand-built read models, without Spring or a database: which criteria are
 * strengths and gaps and in what order, what not applicable means, and what a comparison lists.
 */
class ReportBuilderTest {

    private static final List<RatingLevelView> CCR_SCALE = scale(0, 1, 2, 3, 4);
    private static final Instant LAST_YEAR = Instant.parse("2025-03-12T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-12T15:00:00Z");

    // Version 1: pillar 1 (1.1–1.4), pillar 2 (2.1–2.3). Version 2: 1.3 removed, 1.5 added, new ids.
    private final PillarView v1Pillar1 =
            pillar(10, "1", criterion(101, "1.1"), criterion(102, "1.2"), criterion(103, "1.3"), criterion(104, "1.4"));
    private final PillarView v1Pillar2 =
            pillar(20, "2", criterion(201, "2.1"), criterion(202, "2.2"), criterion(203, "2.3"));
    private final FrameworkVersionView v1 = version(1, "v1", CCR_SCALE, v1Pillar1, v1Pillar2);
    private final PillarView v2Pillar1 =
            pillar(11, "1", criterion(111, "1.1"), criterion(112, "1.2"), criterion(114, "1.4"), criterion(115, "1.5"));
    private final PillarView v2Pillar2 =
            pillar(21, "2", criterion(211, "2.1"), criterion(212, "2.2"), criterion(213, "2.3"));
    private final FrameworkVersionView v2 = version(2, "v2", CCR_SCALE, v2Pillar1, v2Pillar2);

    // ------------------------------------------------------------------ strengths and gaps

    @Test
    void gapsComeHighPriorityFirstThenLowestRatingThenFrameworkOrder() {
        Review review = review(
                v1,
                Scope.FULL,
                answers(
                        v1Pillar1,
                        rated(1, 2, Priority.NORMAL), // 1.1
                        rated(2, 0, Priority.NORMAL), // 1.2
                        rated(3, 2, Priority.HIGH), // 1.3
                        rated(4, 1, Priority.HIGH)), // 1.4
                answers(
                        v1Pillar2,
                        rated(1, 1, Priority.NORMAL), // 2.1
                        rated(2, 3, Priority.HIGH), // 2.2: in place, no gap whatever its priority
                        rated(3, 0, Priority.NORMAL))); // 2.3

        Report report = build(review);

        assertThat(codes(report.gaps())).containsExactly("1.4", "1.3", "1.2", "2.3", "2.1", "1.1");
        assertThat(report.gaps())
                .extracting(
                        result -> result.answer().priority(),
                        result -> result.score().rating())
                .containsExactly(
                        tuple(Priority.HIGH, 1),
                        tuple(Priority.HIGH, 2),
                        tuple(Priority.NORMAL, 0),
                        tuple(Priority.NORMAL, 0),
                        tuple(Priority.NORMAL, 1),
                        tuple(Priority.NORMAL, 2));
        assertThat(codes(report.strengths())).containsExactly("2.2");
    }

    @Test
    void strengthsAreTheTopTwoLevelsBestFirstAndUnratedCriteriaAreNeither() {
        Review review = review(
                v1,
                Scope.FULL,
                answers(
                        v1Pillar1,
                        rated(1, 3, Priority.NORMAL), // 1.1
                        rated(2, 4, Priority.LOW), // 1.2
                        unrated(3), // 1.3
                        rated(4, 3, Priority.HIGH)), // 1.4
                answers(
                        v1Pillar2,
                        rated(1, 4, Priority.NORMAL), // 2.1
                        rated(2, 2, Priority.NORMAL), // 2.2: middle level, a gap
                        unrated(3))); // 2.3

        Report report = build(review);

        assertThat(codes(report.strengths())).containsExactly("1.2", "2.1", "1.1", "1.4");
        assertThat(codes(report.gaps())).containsExactly("2.2");
        assertThat(report.notApplicable()).isEmpty();
        // Unrated criteria count toward completion only.
        assertThat(report.overall().answered()).isEqualTo(5);
        assertThat(report.overall().applicable()).isEqualTo(7);
        assertThat(report.overall().complete()).isFalse();
        // Pillar 1: (3 + 4 + 3) / 12 = 83 %; pillar 2: (4 + 2) / 8 = 75 %; overall 0.79167 → 79 %.
        assertThat(report.pillars())
                .extracting(
                        result -> result.pillar().code(),
                        result -> result.score().percent())
                .containsExactly(tuple("1", 83), tuple("2", 75));
        assertThat(report.overall().percent()).isEqualTo(79);
    }

    /**
     * On a three-level scale the "top two levels" and the "lower half, middle included" both hold
     * the middle level: a criterion must not be listed as a strength and a gap at once. The middle
     * level is a gap (as "Partly in place" is on the CCR/CLEO scale); only the top is a strength.
     */
    @Test
    void middleLevelOfAThreeLevelScaleIsAGapNotAlsoAStrength() {
        PillarView pillar = pillar(30, "A", criterion(301, "A.1"), criterion(302, "A.2"), criterion(303, "A.3"));
        FrameworkVersionView threeLevels = version(3, "v1", scale(0, 1, 2), pillar);
        Review review = review(
                threeLevels,
                Scope.FULL,
                answers(
                        pillar,
                        rated(1, 2, Priority.NORMAL),
                        rated(2, 1, Priority.NORMAL),
                        rated(3, 0, Priority.NORMAL)));

        Report report = build(review);

        assertThat(codes(report.strengths())).containsExactly("A.1");
        assertThat(codes(report.gaps())).containsExactly("A.3", "A.2");
    }

    @Test
    void scalesOfOtherSizesSplitIntoStrengthsAndGapsWithoutOverlap() {
        for (int size = 2; size <= 7; size++) {
            int[] values = IntStream.range(0, size).toArray();
            CriterionView[] criteria = Arrays.stream(values)
                    .mapToObj(value -> criterion(400 + value, "S." + value))
                    .toArray(CriterionView[]::new);
            PillarView pillar = pillar(40, "S", criteria);
            FrameworkVersionView version = version(4, "v1", scale(values), pillar);
            Given[] answers = Arrays.stream(values)
                    .mapToObj(value -> rated(value + 1, value, Priority.NORMAL))
                    .toArray(Given[]::new);

            Report report = build(review(version, Scope.FULL, answers(pillar, answers)));

            int top = size - 1;
            assertThat(codes(report.strengths()))
                    .as("scale 0–%d", top)
                    .doesNotContainAnyElementsOf(codes(report.gaps()))
                    .contains("S." + top)
                    .doesNotContain("S.0");
            assertThat(codes(report.gaps()))
                    .as("scale 0–%d", top)
                    .contains("S.0")
                    .doesNotContain("S." + top);
        }
    }

    // ------------------------------------------------------------------ not applicable

    @Test
    void notApplicableCriteriaAreLeftOutOfTheScoresAndListedWithTheirReason() {
        Review review = review(
                v1,
                Scope.FULL,
                answers(
                        v1Pillar1,
                        rated(1, 4, Priority.NORMAL),
                        rated(2, 2, Priority.NORMAL),
                        // Rated 0 before it was marked not applicable: the old rating counts for nothing.
                        notApplicable(3, "Pas de bénévoles", 0),
                        notApplicable(4, "Aucun local", null)),
                answers(
                        v1Pillar2,
                        rated(1, 4, Priority.NORMAL),
                        rated(2, 4, Priority.NORMAL),
                        rated(3, 4, Priority.NORMAL)));

        Report report = build(review);

        Score pillar1 = report.pillars().get(0).score();
        // (4 + 2) / 8 = 75 %, not (4 + 2 + 0 + 0) / 16 = 38 %.
        assertThat(pillar1.percent()).isEqualTo(75);
        assertThat(pillar1.answered()).isEqualTo(2);
        assertThat(pillar1.applicable()).isEqualTo(2);
        assertThat(pillar1.complete()).isTrue();
        assertThat(report.overall().applicable()).isEqualTo(5);
        assertThat(report.overall().percent()).isEqualTo(88); // (0.75 + 1) / 2 = 0.875 → 88
        assertThat(report.notApplicable())
                .extracting(
                        result -> result.criterion().code(),
                        result -> result.answer().notApplicableReason())
                .containsExactly(tuple("1.3", "Pas de bénévoles"), tuple("1.4", "Aucun local"));
        assertThat(report.notApplicable())
                .extracting(
                        result -> result.score().rating(),
                        result -> result.score().value())
                .containsOnly(tuple(null, null));
        assertThat(codes(report.gaps())).containsExactly("1.2");
        // Every criterion is still in its pillar's list, applicable or not (the CSV lists them all).
        assertThat(report.pillars().get(0).criteria()).hasSize(4);
    }

    // ------------------------------------------------------------------ comparison

    @Test
    void noPreviousAssessmentMeansNoComparison() {
        Report report = ReportBuilder.build(
                review(v1, Scope.FULL, answers(v1Pillar1, rated(1, 1, Priority.NORMAL))),
                Optional.empty(),
                Optional.empty(),
                v1);

        assertThat(report.hasComparison()).isFalse();
        assertThat(report.comparison()).isNull();
    }

    @Test
    void comparisonMatchesCriteriaByCodeAcrossVersionsAndListsWhatWasAddedAndRemoved() {
        // Last year: a targeted review of pillar 1 on v1; 1.4 did not apply then.
        Review previous = review(
                1000,
                v1,
                Scope.TARGETED,
                LAST_YEAR,
                answers(
                        v1Pillar1,
                        rated(1, 1, Priority.NORMAL), // 1.1
                        rated(2, 3, Priority.NORMAL), // 1.2
                        rated(3, 2, Priority.NORMAL), // 1.3, gone in v2
                        notApplicable(4, "Pas encore", null))); // 1.4
        // This year: everything on v2.
        Review current = review(
                2000,
                v2,
                Scope.FULL,
                null,
                answers(
                        v2Pillar1,
                        rated(1, 3, Priority.NORMAL), // 1.1: 1 → 3
                        rated(2, 2, Priority.NORMAL), // 1.2: 3 → 2
                        rated(3, 4, Priority.NORMAL), // 1.4: now applies
                        rated(4, 4, Priority.NORMAL)), // 1.5: new
                answers(v2Pillar2, rated(1, 2, Priority.NORMAL), rated(2, 2, Priority.NORMAL), unrated(3)));

        Report report = ReportBuilder.build(current, Optional.of(previous), Optional.of(v1), v2);

        Report.Comparison comparison = report.comparison();
        assertThat(comparison.previous().id()).isEqualTo(1000);
        // Then: (1 + 3 + 2) / 12 = 50 %; now pillar 1: (3 + 2 + 4 + 4) / 16 = 81 %.
        assertThat(comparison.previousOverall().percent()).isEqualTo(50);
        assertThat(comparison.pillars())
                .extracting(PillarChange::code, change -> change.previous() == null, PillarChange::delta)
                .containsExactly(tuple("1", false, 31), tuple("2", true, null));
        assertThat(comparison.criteria())
                .extracting(
                        change -> change.criterion().code(),
                        change -> change.criterion().id(),
                        CriterionChange::previouslyApplicable,
                        CriterionChange::previousRating,
                        CriterionChange::applicable,
                        CriterionChange::rating,
                        CriterionChange::delta)
                .containsExactly(
                        tuple("1.1", 111L, true, 1, true, 3, 2),
                        tuple("1.2", 112L, true, 3, true, 2, -1),
                        tuple("1.4", 114L, false, null, true, 4, null));
        // Pillar 2 was not reviewed last year: its criteria have nothing to compare with.
        assertThat(comparison.criteria())
                .extracting(CriterionChange::pillarCode)
                .containsOnly("1");
        // Added and removed are the framework versions' difference, by code, not by id.
        assertThat(comparison.added()).extracting(CriterionView::code).containsExactly("1.5");
        assertThat(comparison.removed()).extracting(CriterionView::code).containsExactly("1.3");
        assertThat(comparison.removed().get(0).id()).isEqualTo(103);
    }

    @Test
    void sameVersionComparisonAddsAndRemovesNothingAndNotApplicableNowHasNoRating() {
        Review previous = review(
                1000,
                v1,
                Scope.FULL,
                LAST_YEAR,
                answers(v1Pillar1, rated(1, 2, Priority.NORMAL), rated(2, 2, Priority.NORMAL)),
                answers(v1Pillar2, rated(1, 2, Priority.NORMAL)));
        Review current = review(
                2000,
                v1,
                Scope.FULL,
                null,
                answers(v1Pillar1, rated(1, 2, Priority.NORMAL), notApplicable(2, "Plus de local", 2)),
                answers(v1Pillar2, rated(1, 0, Priority.NORMAL)));

        Report report = ReportBuilder.build(current, Optional.of(previous), Optional.of(v1), v1);

        assertThat(report.comparison().added()).isEmpty();
        assertThat(report.comparison().removed()).isEmpty();
        assertThat(report.comparison().criteria())
                .extracting(change -> change.criterion().code(), CriterionChange::rating, CriterionChange::delta)
                .containsExactly(tuple("1.1", 2, 0), tuple("1.2", null, null), tuple("2.1", 0, -2));
        assertThat(report.comparison().pillars())
                .extracting(PillarChange::delta)
                .containsExactly(0, -50);
    }

    // ------------------------------------------------------------------ building blocks

    private static Report build(Review review) {
        return ReportBuilder.build(review, Optional.empty(), Optional.empty(), versionOf(review));
    }

    /** Only the id of the version matters to a report without comparison; the scale comes from the review. */
    private static FrameworkVersionView versionOf(Review review) {
        return new FrameworkVersionView(
                review.header().frameworkVersionId(),
                "test",
                text("Cadre"),
                review.header().frameworkLabel(),
                VersionStatus.PUBLISHED,
                text("Description"),
                text("Source"),
                LAST_YEAR,
                review.pillars().stream().map(PillarAnswers::pillar).toList(),
                review.scale());
    }

    private static List<String> codes(List<CriterionResult> results) {
        return results.stream().map(result -> result.criterion().code()).toList();
    }

    private static LocalizedText text(String text) {
        return LocalizedText.of(text + " (fr)", text + " (en)");
    }

    private static List<RatingLevelView> scale(int... values) {
        return Arrays.stream(values)
                .mapToObj(value -> new RatingLevelView(value, text("Niveau " + value), text("Description " + value)))
                .toList();
    }

    private static CriterionView criterion(long id, String code) {
        return new CriterionView(id, code, text("Critère " + code), null, BigDecimal.ONE);
    }

    private static PillarView pillar(long id, String code, CriterionView... criteria) {
        return new PillarView(
                id, code, text("Pilier " + code), text("Résultat " + code), BigDecimal.ONE, List.of(criteria));
    }

    private static FrameworkVersionView version(
            long id, String label, List<RatingLevelView> scale, PillarView... pillars) {
        return new FrameworkVersionView(
                id,
                "test",
                text("Cadre"),
                label,
                VersionStatus.PUBLISHED,
                text("Description"),
                text("Source"),
                LAST_YEAR,
                List.of(pillars),
                scale);
    }

    /** What a team said of the {@code position}-th criterion (from 1) of the pillar it is given to. */
    private record Given(int position, boolean applicable, String reason, Priority priority, Integer rating) {}

    private static Given rated(int position, int rating, Priority priority) {
        return new Given(position, true, null, priority, rating);
    }

    private static Given unrated(int position) {
        return new Given(position, true, null, Priority.NORMAL, null);
    }

    private static Given notApplicable(int position, String reason, Integer staleRating) {
        return new Given(position, false, reason, Priority.NORMAL, staleRating);
    }

    private static PillarAnswers answers(PillarView pillar, Given... given) {
        return new PillarAnswers(
                pillar,
                Arrays.stream(given)
                        .map(answer -> new CriterionAnswer(
                                pillar.criteria().get(answer.position() - 1),
                                1,
                                answer.applicable(),
                                answer.reason(),
                                answer.priority(),
                                answer.rating(),
                                "Preuve",
                                null,
                                false,
                                "Léa",
                                NOW,
                                List.of()))
                        .toList());
    }

    private static Review review(FrameworkVersionView version, Scope scope, PillarAnswers... pillars) {
        return review(1, version, scope, null, pillars);
    }

    private static Review review(
            long id, FrameworkVersionView version, Scope scope, Instant submittedAt, PillarAnswers... pillars) {
        Header header = new Header(
                id,
                7,
                "Organisme",
                "Bilan " + id,
                version.id(),
                version.frameworkName(),
                version.label(),
                scope,
                scope == Scope.TARGETED ? "Raison" : null,
                submittedAt == null ? AssessmentStatus.DRAFT : AssessmentStatus.SUBMITTED,
                submittedAt == null,
                true,
                LAST_YEAR,
                submittedAt);
        return new Review(header, List.of(pillars), version.ratingScale(), 0, 0);
    }
}

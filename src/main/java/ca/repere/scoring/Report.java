package ca.repere.scoring;

import ca.repere.actionplan.ActionPlanView.ActionSummary;
import ca.repere.actionplan.ActionStatus;
import ca.repere.assessment.AssessmentPages.CriterionAnswer;
import ca.repere.assessment.AssessmentPages.Header;
import ca.repere.assessment.Scope;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.shared.i18n.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an assessment's report tells its readers: the scores, where the organisation is strong,
 * where it falls short, what does not apply, and how it moved since its previous assessment.
 * Read-only and detached: the page, the PDF, the CSV and the DOCX all render this one object.
 */
public record Report(
        Header header,
        List<RatingLevelView> scale,
        Score overall,
        List<PillarResult> pillars,
        List<CriterionResult> strengths,
        List<CriterionResult> gaps,
        List<CriterionResult> notApplicable,
        Comparison comparison,
        Map<String, List<ActionSummary>> actions) {

    /** The same report with the organisation's actions on this framework, by criterion code. */
    public Report withActions(Map<String, List<ActionSummary>> byCriterion) {
        return new Report(
                header, scale, overall, pillars, strengths, gaps, notApplicable, comparison, Map.copyOf(byCriterion));
    }

    /** The actions on a criterion (open, done or dropped), whichever framework version they were set on. */
    public List<ActionSummary> actionsFor(CriterionResult result) {
        return actions.getOrDefault(result.criterion().code(), List.of());
    }

    /** Gaps nobody has taken on: no action on the criterion, or only dropped ones. The to-do list. */
    public List<CriterionResult> gapsWithoutAction() {
        return gaps.stream().filter(this::withoutAction).toList();
    }

    /** Whether nobody has taken this gap on (no action, or only dropped ones): it offers to create one. */
    public boolean withoutAction(CriterionResult gap) {
        return actionsFor(gap).stream().allMatch(action -> action.status() == ActionStatus.DROPPED);
    }

    /** A targeted review scores only its pillars, and the report says so. */
    public boolean targeted() {
        return header.scope() == Scope.TARGETED;
    }

    public boolean hasComparison() {
        return comparison != null;
    }

    /** The level of the scale a rating value or band stands for; null for null. */
    public RatingLevelView level(Integer value) {
        return RatingLevelView.of(scale, value);
    }

    public int maxRating() {
        return scale.stream().mapToInt(RatingLevelView::value).max().orElse(0);
    }

    public record PillarResult(PillarView pillar, Score score, List<CriterionResult> criteria) {}

    /** A criterion with the team's answer and its score. */
    public record CriterionResult(PillarView pillar, CriterionAnswer answer, CriterionScore score) {

        public CriterionView criterion() {
            return answer.criterion();
        }
    }

    /** This report beside the organisation's previous submitted assessment on the same framework. */
    public record Comparison(
            Header previous,
            Score previousOverall,
            List<PillarChange> pillars,
            List<CriterionChange> criteria,
            List<CriterionView> added,
            List<CriterionView> removed) {

        /** The criteria whose applicability or rating moved: the ones worth a line each. */
        public List<CriterionChange> changed() {
            return criteria.stream().filter(change -> !change.unchanged()).toList();
        }

        public int unchangedCount() {
            return criteria.size() - changed().size();
        }
    }

    /** A pillar's score then and now; {@code previous} is null when that assessment left it out. */
    public record PillarChange(String code, LocalizedText title, Score previous, Score current) {

        /** Percentage points gained (negative when lost); null when either side has no score. */
        public Integer delta() {
            return previous == null || !previous.rated() || !current.rated()
                    ? null
                    : current.percent() - previous.percent();
        }
    }

    /**
     * A criterion present in both assessments (matched by code, across framework versions): its
     * rating then and now. A null rating means not rated, or not applicable (see the flags).
     */
    public record CriterionChange(
            String pillarCode,
            CriterionView criterion,
            boolean previouslyApplicable,
            Integer previousRating,
            boolean applicable,
            Integer rating) {

        public boolean unchanged() {
            return previouslyApplicable == applicable && Objects.equals(previousRating, rating);
        }

        /** Rating steps gained (negative when lost); null unless both ratings exist. */
        public Integer delta() {
            return previousRating == null || rating == null ? null : rating - previousRating;
        }
    }
}

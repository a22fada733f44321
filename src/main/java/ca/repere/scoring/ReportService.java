package ca.repere.scoring;

import ca.repere.account.CurrentUser;
import ca.repere.actionplan.ActionPlanQueries;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.assessment.AssessmentPages.ReviewWithPrevious;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionView;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment's report, for whoever may read the assessment (its organisation's members and
 * admins; the assessment module checks). One read-only transaction, a fixed number of queries
 * whatever the number of criteria.
 */
@Service
public class ReportService {

    private final AssessmentQueries assessments;
    private final FrameworkLibrary frameworks;
    private final ActionPlanQueries actionPlans;

    ReportService(AssessmentQueries assessments, FrameworkLibrary frameworks, ActionPlanQueries actionPlans) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.actionPlans = actionPlans;
    }

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, long organisationId, long assessmentId) {
        ReviewWithPrevious reviews = assessments.reviewWithPrevious(user, organisationId, assessmentId);
        Review current = reviews.current();
        Optional<Review> previous = reviews.previous();
        FrameworkVersionView version = frameworks.pinnedVersion(current.header().frameworkVersionId());
        Report report = ReportBuilder.build(
                current,
                previous,
                previous.map(review -> frameworks.pinnedVersion(review.header().frameworkVersionId())),
                version);
        // A network's coordinator reads the shared results, not the organisation's own action plan.
        return assessments.readsAsNetwork(user, organisationId)
                ? report
                : report.withActions(actionPlans.actionsByCriterion(user, organisationId, version.frameworkCode()));
    }

    /** Whether this reader is a coordinator of a network the organisation shares with, not one of its own. */
    public boolean readsAsNetwork(CurrentUser user, long organisationId) {
        return assessments.readsAsNetwork(user, organisationId);
    }

    /** The code of the framework a report's assessment answers (its actions are linked by it). */
    public String frameworkCode(Report report) {
        return frameworks.pinnedVersion(report.header().frameworkVersionId()).frameworkCode();
    }
}

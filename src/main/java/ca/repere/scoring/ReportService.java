package ca.repere.scoring;

import ca.repere.account.CurrentUser;
import ca.repere.assessment.AssessmentPages.Review;
import ca.repere.assessment.AssessmentPages.ReviewWithPrevious;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.framework.FrameworkLibrary;
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

    ReportService(AssessmentQueries assessments, FrameworkLibrary frameworks) {
        this.assessments = assessments;
        this.frameworks = frameworks;
    }

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, long organisationId, long assessmentId) {
        ReviewWithPrevious reviews = assessments.reviewWithPrevious(user, organisationId, assessmentId);
        Review current = reviews.current();
        Optional<Review> previous = reviews.previous();
        return ReportBuilder.build(
                current,
                previous,
                previous.map(review -> frameworks.pinnedVersion(review.header().frameworkVersionId())),
                frameworks.pinnedVersion(current.header().frameworkVersionId()));
    }
}

package ca.repere.assessment;

import ca.repere.account.Access;
import ca.repere.account.CurrentUser;
import ca.repere.organisation.OrganisationDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an organisation's assessments. Members (lead and staff) work on them;
 * admins may read them; only leads submit, reopen, delete and assign; staff start one only when
 * their lead allows it.
 */
@Component
class AssessmentAccess {

    private final Access access;
    private final OrganisationDirectory organisations;

    AssessmentAccess(Access access, OrganisationDirectory organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    void requireRead(CurrentUser user, long organisationId) {
        access.requireOrganisation(user, organisationId);
    }

    boolean canRead(CurrentUser user, long organisationId) {
        return access.canViewOrganisation(user, organisationId);
    }

    void requireEdit(CurrentUser user, long organisationId) {
        if (!canEdit(user, organisationId)) {
            throw new AccessDeniedException("edit assessments of " + organisationId);
        }
    }

    void requireLead(CurrentUser user, long organisationId) {
        if (!user.isLeadOf(organisationId)) {
            throw new AccessDeniedException("lead of " + organisationId);
        }
    }

    void requireStart(CurrentUser user, long organisationId) {
        if (!canStart(user, organisationId)) {
            throw new AccessDeniedException("start an assessment of " + organisationId);
        }
    }

    boolean canEdit(CurrentUser user, long organisationId) {
        return user.isMemberOf(organisationId);
    }

    boolean canStart(CurrentUser user, long organisationId) {
        return user.isLeadOf(organisationId)
                || (user.isMemberOf(organisationId) && organisations.staffMayStartAssessments(organisationId));
    }
}

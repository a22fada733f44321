package ca.repere.actionplan;

import ca.repere.account.Access;
import ca.repere.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an organisation's action plan. Members (lead and staff) add actions and
 * comment on any; the lead changes every action, staff only those they own; admins read, and
 * write nothing: the plan is the organisation's.
 */
@Component
class ActionPlanAccess {

    private final Access access;

    ActionPlanAccess(Access access) {
        this.access = access;
    }

    void requireRead(CurrentUser user, long organisationId) {
        access.requireOrganisation(user, organisationId);
    }

    /** Add an action, comment on one. */
    void requireContribute(CurrentUser user, long organisationId) {
        if (!canContribute(user, organisationId)) {
            throw new AccessDeniedException("contribute to the action plan of " + organisationId);
        }
    }

    /** Change what an action says or its status. */
    void requireEdit(CurrentUser user, Action action) {
        if (!canEdit(user, action)) {
            throw new AccessDeniedException("edit action " + action.getId());
        }
    }

    boolean canContribute(CurrentUser user, long organisationId) {
        return user.isMemberOf(organisationId);
    }

    boolean canEdit(CurrentUser user, Action action) {
        long organisationId = action.getOrganisationId();
        return user.isLeadOf(organisationId) || (user.isMemberOf(organisationId) && action.isOwnedBy(user.id()));
    }
}

package ca.repere.account;

import ca.repere.account.UserAdminView.InvitationLine;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead runs their own organisation's team without an admin: invites staff (through
 * {@link Invitations}) and removes staff members. Leads themselves are named and removed by admins
 * (on the user's page), so a lead can never leave an organisation without a lead. Admins may do
 * here whatever a lead may, for any organisation.
 */
@Service
class OrganisationMembers {

    /** The members page: the people, the invitations still open, and the organisation's name. */
    record MembersPage(String organisationName, List<MemberView> members, List<InvitationLine> invitations) {}

    private final AccountService accounts;
    private final UserAccountRepository users;
    private final Memberships memberships;
    private final InvitationQueries invitations;
    private final MembershipTargets targets;

    OrganisationMembers(
            AccountService accounts,
            UserAccountRepository users,
            Memberships memberships,
            InvitationQueries invitations,
            MembershipTargets targets) {
        this.accounts = accounts;
        this.users = users;
        this.memberships = memberships;
        this.invitations = invitations;
        this.targets = targets;
    }

    static boolean mayManage(CurrentUser user, long organisationId) {
        return user != null && (user.isAdmin() || user.isLeadOf(organisationId));
    }

    @Transactional(readOnly = true)
    public MembersPage page(CurrentUser user, long organisationId) {
        requireManage(user, organisationId);
        String name = targets.organisationName(organisationId)
                .orElseThrow(() -> new AccessDeniedException("organisation " + organisationId));
        return new MembersPage(
                name, accounts.membersOfOrganisation(organisationId), invitations.openOfOrganisation(organisationId));
    }

    /** Removes the person's staff membership of this organisation; their other roles stay. */
    @Transactional
    public void removeStaff(CurrentUser user, long organisationId, long memberId) {
        requireManage(user, organisationId);
        UserAccount member = users.findWithMembershipsById(memberId)
                .orElseThrow(() -> new AccountException("account.error.roleNotHeld"));
        memberships.revoke(user, member, Grant.staffOf(organisationId));
    }

    private static void requireManage(CurrentUser user, long organisationId) {
        if (!mayManage(user, organisationId)) {
            throw new AccessDeniedException("members of " + organisationId);
        }
    }
}

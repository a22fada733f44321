package ca.repere.assessment;

import ca.repere.account.CurrentUser;

/**
 * Whether an organisation shares its submitted self-assessments with a network this person
 * coordinates. Declared here, answered by the network module (which knows each organisation's
 * consent), so that a coordinator may read a shared report without this module knowing networks.
 */
public interface SharedResults {

    boolean sharedWithCoordinator(CurrentUser user, long organisationId);
}

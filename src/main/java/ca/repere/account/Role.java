package ca.repere.account;

/** What a membership lets its holder do, and where. */
public enum Role {
    /** Runs the platform: frameworks, organisations, networks, users. */
    ADMIN,
    /** Reviews, for an umbrella network, what its member organisations share. */
    COORDINATOR,
    /** Leads the self-assessments of an organisation. */
    ORG_LEAD,
    /** Takes part in the self-assessments of an organisation. */
    ORG_STAFF;

    public boolean isOrganisationRole() {
        return this == ORG_LEAD || this == ORG_STAFF;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

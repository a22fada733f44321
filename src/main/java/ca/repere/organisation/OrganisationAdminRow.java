package ca.repere.organisation;

/** An organisation as the admins' list shows it. */
record OrganisationAdminRow(long id, String name, Province province, SizeBand sizeBand, long networkCount) {}

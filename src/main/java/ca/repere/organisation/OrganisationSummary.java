package ca.repere.organisation;

/** An organisation as it appears in a list. */
public record OrganisationSummary(long id, String name, Province province, SizeBand sizeBand) {}

package ca.repere.organisation;

/** A network as it appears in a list. */
public record NetworkSummary(long id, String name, String description, int memberCount) {}

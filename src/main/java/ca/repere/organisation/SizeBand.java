package ca.repere.organisation;

/** How many people (paid staff and regular volunteers) an organisation counts: results are compared within bands. */
public enum SizeBand {
    /** Fewer than 5 people. */
    MICRO,
    /** 5 to 24 people. */
    SMALL,
    /** 25 to 99 people. */
    MEDIUM,
    /** 100 people or more. */
    LARGE;

    public String messageKey() {
        return "organisation.size." + name();
    }
}

package ca.repere.organisation;

/** Canada's provinces and territories, by their postal abbreviation. */
public enum Province {
    AB,
    BC,
    MB,
    NB,
    NL,
    NS,
    NT,
    NU,
    ON,
    PE,
    QC,
    SK,
    YT;

    public String messageKey() {
        return "organisation.province." + name();
    }
}

package ca.repere.organisation;

/** The immigration, refugee and citizenship processes an organisation helps people through. */
public enum ServiceArea {
    REFUGEE_CLAIMS,
    PRIVATE_SPONSORSHIP,
    RESETTLED_REFUGEES,
    FAMILY_REUNIFICATION,
    MIGRANT_WORKERS,
    PERMANENT_RESIDENCE,
    TEMPORARY_STATUS,
    CITIZENSHIP,
    DETENTION_AND_REMOVAL;

    public String messageKey() {
        return "organisation.serviceArea." + name();
    }
}

package ca.repere.account;

/** Where an invitation stands: its link works (pending), was used, ran out of time, or was withdrawn. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    EXPIRED,
    REVOKED
}

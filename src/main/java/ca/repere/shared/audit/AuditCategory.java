package ca.repere.shared.audit;

/** The families of recorded actions, by the first part of their code. */
public enum AuditCategory {
    FRAMEWORK("framework."),
    USER("user."),
    INVITATION("invitation."),
    ORGANISATION("organisation."),
    NETWORK("network."),
    ASSESSMENT("assessment.");

    private final String prefix;

    AuditCategory(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }
}

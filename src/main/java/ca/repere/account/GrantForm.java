package ca.repere.account;

import jakarta.validation.constraints.NotNull;
import org.springframework.validation.Errors;

/**
 * A role to grant, and where: {@code target} is {@code organisation:12} or {@code network:3}, chosen
 * in one list of organisations and networks (nothing for the admin role).
 */
public class GrantForm {

    static final String ORGANISATION = "organisation:";
    static final String NETWORK = "network:";

    @NotNull(message = "{validation.required}")
    private Role role;

    private String target = "";

    /** The grant the form names, or null after rejecting the field that does not fit. */
    Grant toGrant(Errors errors) {
        return grant(role, target, errors);
    }

    /** Reads a role and a target into a grant; rejects {@code target} when they do not fit together. */
    static Grant grant(Role role, String target, Errors errors) {
        if (role == null) {
            return null;
        }
        Long organisation = id(target, ORGANISATION);
        Long network = id(target, NETWORK);
        return switch (role) {
            case ADMIN -> Grant.admin();
            case COORDINATOR -> {
                if (network == null) {
                    errors.rejectValue("target", "validation.account.networkRequired");
                    yield null;
                }
                yield Grant.coordinatorOf(network);
            }
            case ORG_LEAD, ORG_STAFF -> {
                if (organisation == null) {
                    errors.rejectValue("target", "validation.account.organisationRequired");
                    yield null;
                }
                yield role == Role.ORG_LEAD ? Grant.leadOf(organisation) : Grant.staffOf(organisation);
            }
        };
    }

    private static Long id(String target, String prefix) {
        if (target == null || !target.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(target.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}

package ca.repere.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a membership applies: the organisations and networks, by id and name, for the pages that
 * grant roles and send invitations. They belong to the organisation module, which implements this
 * interface: the account module stays free of it (the organisation module depends on this one).
 */
public interface MembershipTargets {

    /** An organisation or network as a list shows it. */
    record Target(long id, String name) {}

    /** Every organisation, by name. */
    List<Target> organisations();

    /** Every network, by name. */
    List<Target> networks();

    /** Names of these organisations; an unknown id has no entry. */
    Map<Long, String> organisationNames(Collection<Long> ids);

    /** Names of these networks; an unknown id has no entry. */
    Map<Long, String> networkNames(Collection<Long> ids);

    default Optional<String> organisationName(long id) {
        return Optional.ofNullable(organisationNames(List.of(id)).get(id));
    }

    default Optional<String> networkName(long id) {
        return Optional.ofNullable(networkNames(List.of(id)).get(id));
    }
}

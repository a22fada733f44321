package ca.repere.account;

import ca.repere.account.UserAdminView.InvitationLine;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Invitations as the lists show them, with the names of places and inviters. Callers check access. */
@Component
@Transactional(readOnly = true)
class InvitationQueries {

    /** The most invitations the admins' list shows. */
    static final int MAX_LISTED = 500;

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final MembershipTargets targets;
    private final Clock clock;

    InvitationQueries(
            InvitationRepository invitations, UserAccountRepository users, MembershipTargets targets, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.targets = targets;
        this.clock = clock;
    }

    /** Newest first, of one status or all (null). */
    List<InvitationLine> newestFirst(InvitationStatus status) {
        return lines(
                invitations.newestFirst(status == null ? null : status.name(), clock.instant(), Limit.of(MAX_LISTED)));
    }

    /** The organisation's invitations still waiting (pending or expired), newest first. */
    List<InvitationLine> openOfOrganisation(long organisationId) {
        return lines(invitations.openOfOrganisation(organisationId));
    }

    /** Invitations to this address still waiting (pending or expired), newest first. */
    List<InvitationLine> openFor(String email) {
        return lines(invitations.openFor(UserAccount.normalise(email)));
    }

    private List<InvitationLine> lines(List<Invitation> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, String> organisationNames = targets.organisationNames(ids(found, Invitation::getOrganisationId));
        Map<Long, String> networkNames = targets.networkNames(ids(found, Invitation::getNetworkId));
        Set<Long> inviterIds = ids(found, Invitation::getInvitedBy);
        Map<Long, String> inviters = inviterIds.isEmpty()
                ? Map.of()
                : users.displayNames(inviterIds.toArray(Long[]::new)).stream()
                        .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
        return found.stream()
                .map(invitation -> new InvitationLine(
                        invitation.getId(),
                        invitation.getEmail(),
                        invitation.getDisplayName(),
                        invitation.getLanguage(),
                        invitation.getRole(),
                        invitation.getOrganisationId(),
                        invitation.getNetworkId(),
                        invitation.getOrganisationId() != null
                                ? organisationNames.get(invitation.getOrganisationId())
                                : networkNames.get(invitation.getNetworkId()),
                        invitation.status(now),
                        invitation.getInvitedBy() == null ? null : inviters.get(invitation.getInvitedBy()),
                        invitation.getCreatedAt(),
                        invitation.getSentAt(),
                        invitation.getExpiresAt(),
                        invitation.getAcceptedAt(),
                        invitation.getRevokedAt()))
                .toList();
    }

    private static Set<Long> ids(Collection<Invitation> found, java.util.function.Function<Invitation, Long> id) {
        return found.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}

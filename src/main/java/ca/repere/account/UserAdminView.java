package ca.repere.account;

import ca.repere.shared.i18n.Language;
import java.time.Instant;
import java.util.List;

/** What the admins' user pages show. */
public final class UserAdminView {

    private UserAdminView() {}

    /** Which users the list shows: words to find in the name or e-mail, a role, active or not. */
    public record UserFilter(String query, Role role, Boolean enabled) {

        public static UserFilter of(String query, String role, String status) {
            Role chosenRole = null;
            for (Role candidate : Role.values()) {
                if (candidate.name().equals(role)) {
                    chosenRole = candidate;
                }
            }
            Boolean enabled = switch (status == null ? "" : status) {
                case "active" -> Boolean.TRUE;
                case "deactivated" -> Boolean.FALSE;
                default -> null;
            };
            String words = query == null || query.isBlank() ? null : query.strip();
            if (words != null && words.length() > 254) {
                words = words.substring(0, 254);
            }
            return new UserFilter(words, chosenRole, enabled);
        }

        /** The filter's value for the status list: "", "active" or "deactivated". */
        public String status() {
            return enabled == null ? "" : enabled ? "active" : "deactivated";
        }
    }

    /** One page of the list. */
    public record UserPage(List<UserRow> users, int page, int pageCount, long total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pageCount;
        }
    }

    public record UserRow(
            long id,
            String displayName,
            String email,
            boolean enabled,
            Instant lastLoginAt,
            List<MembershipLine> roles) {}

    /** A role held, with the name of its organisation or network (null for admin). */
    public record MembershipLine(
            long id, Role role, Long organisationId, Long networkId, String placeName, Instant since) {}

    public record UserDetail(
            long id,
            String displayName,
            String email,
            Language language,
            boolean enabled,
            boolean hasPassword,
            Instant createdAt,
            Instant lastLoginAt,
            List<MembershipLine> memberships,
            List<InvitationLine> invitations) {}

    /** An invitation as the lists show it. */
    public record InvitationLine(
            long id,
            String email,
            String displayName,
            Language language,
            Role role,
            Long organisationId,
            Long networkId,
            String placeName,
            InvitationStatus status,
            String invitedByName,
            Instant createdAt,
            Instant sentAt,
            Instant expiresAt,
            Instant acceptedAt,
            Instant revokedAt) {

        public boolean canResend() {
            return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
        }

        public boolean canRevoke() {
            return canResend();
        }
    }
}

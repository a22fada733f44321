package ca.repere.account;

import ca.repere.shared.audit.AuditTrail;
import ca.repere.shared.i18n.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations by e-mail to join an organisation (lead, staff) or a network (coordinator). Admins
 * invite to any role; a lead invites staff to their own organisation. The e-mailed link works
 * once, for {@link Invitation#VALIDITY}; sending it again replaces it. A person without an account
 * chooses their name and password on the link's page; a person with one logs in and accepts.
 *
 * <p>The e-mail leaves after the transaction has committed (never a link to a row that was rolled
 * back, and no database lock held while the mail server answers).
 */
@Service
class Invitations {

    /** Who is invited, to what, and in which language the e-mail is written. */
    record NewInvitation(String email, String displayName, Language language, Grant grant) {}

    /** The invitation made or sent again, and whether its e-mail left. */
    record Sent(long invitationId, boolean mailSent) {}

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final Memberships memberships;
    private final AccountMails mails;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            UserAccountRepository users,
            Memberships memberships,
            AccountMails mails,
            AuditTrail audit,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.mails = mails;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Whether this person may invite to, resend or revoke invitations for this role and place. */
    static boolean mayInvite(CurrentUser user, Grant grant) {
        if (user == null || grant.role() == Role.ADMIN) {
            return false;
        }
        return user.isAdmin() || (grant.role() == Role.ORG_STAFF && user.isLeadOf(grant.organisationId()));
    }

    Sent invite(CurrentUser actor, NewInvitation request) {
        if (!mayInvite(actor, request.grant())) {
            throw new AccessDeniedException("invite to " + request.grant());
        }
        Instant now = clock.instant();
        OneTimeToken token = OneTimeToken.generate();
        AccountMails.InvitationMail mail = transactions.execute(status -> {
            String email = UserAccount.normalise(request.email());
            String place = memberships.placeName(request.grant());
            Optional<UserAccount> existing = users.findByEmailIgnoreCase(email);
            if (existing.isPresent() && !existing.get().isEnabled()) {
                throw new AccountException("account.error.invitedDeactivated", "email");
            }
            if (existing.isPresent() && existing.get().holds(request.grant())) {
                throw new AccountException("account.error.alreadyMember", "email");
            }
            Grant grant = request.grant();
            if (invitations.pendingExists(email, grant.role(), grant.organisationId(), grant.networkId(), now)) {
                throw new AccountException("account.error.alreadyInvited", "email");
            }
            Invitation invitation =
                    new Invitation(email, request.displayName(), request.language(), grant, actor.id(), now);
            invitation.issue(token, now);
            invitations.save(invitation);
            audit.record(
                    "invitation.sent", "invitation", invitation.getId(), email, null, description(invitation, place));
            return mail(invitation, place, actor.displayName());
        });
        return new Sent(mail.invitationId(), mails.sendInvitation(mail, token));
    }

    /** A new link, valid for the full delay again; the previous link stops working. */
    Sent resend(CurrentUser actor, long invitationId) {
        return resend(actor, invitationId, null);
    }

    /** As {@link #resend(CurrentUser, long)}, for an invitation that must be to this organisation. */
    Sent resend(CurrentUser actor, long invitationId, Long organisationId) {
        Instant now = clock.instant();
        OneTimeToken token = OneTimeToken.generate();
        AccountMails.InvitationMail mail = transactions.execute(status -> {
            Invitation invitation = open(actor, invitationId, organisationId, now);
            Map<String, Object> before =
                    Map.of("expiresAt", invitation.getExpiresAt().toString());
            invitation.issue(token, now);
            String place = memberships.placeName(invitation.grant());
            Map<String, Object> after = description(invitation, place);
            after.put("resent", true);
            audit.record("invitation.sent", "invitation", invitation.getId(), invitation.getEmail(), before, after);
            return mail(invitation, place, actor.displayName());
        });
        return new Sent(invitationId, mails.sendInvitation(mail, token));
    }

    void revoke(CurrentUser actor, long invitationId) {
        revoke(actor, invitationId, null);
    }

    /** As {@link #revoke(CurrentUser, long)}, for an invitation that must be to this organisation. */
    void revoke(CurrentUser actor, long invitationId, Long organisationId) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Invitation invitation = open(actor, invitationId, organisationId, now);
            Map<String, Object> before = description(invitation, null);
            before.put("status", invitation.status(now).name());
            invitation.revoked(actor.id(), now);
            audit.record(
                    "invitation.revoked",
                    "invitation",
                    invitation.getId(),
                    invitation.getEmail(),
                    before,
                    Map.of("status", InvitationStatus.REVOKED.name()));
        });
    }

    /** What the link's page shows: why it does not work, or what it offers. */
    sealed interface Link {}

    /** A link that does not work (any more), and why. */
    record Unusable(Reason reason) implements Link {
        enum Reason {
            UNKNOWN,
            EXPIRED,
            ACCEPTED,
            REVOKED
        }
    }

    /**
     * A working link. {@code accountExists}: the address has an account with a password, which
     * accepts by logging in; {@code accountDeactivated}: that account cannot log in.
     */
    record Usable(
            String email,
            String displayName,
            Role role,
            String placeName,
            Instant expiresAt,
            boolean accountExists,
            boolean accountDeactivated)
            implements Link {}

    Link link(String tokenValue) {
        Instant now = clock.instant();
        return transactions.execute(status -> {
            Optional<OneTimeToken> token = OneTimeToken.parse(tokenValue);
            Optional<Invitation> found = token.flatMap(parsed -> invitations.findBySelector(parsed.selector()));
            if (found.isEmpty() || !found.get().hasSecret(token.get())) {
                return new Unusable(Unusable.Reason.UNKNOWN);
            }
            Invitation invitation = found.get();
            switch (invitation.status(now)) {
                case EXPIRED:
                    return new Unusable(Unusable.Reason.EXPIRED);
                case ACCEPTED:
                    return new Unusable(Unusable.Reason.ACCEPTED);
                case REVOKED:
                    return new Unusable(Unusable.Reason.REVOKED);
                default:
                    break;
            }
            Optional<UserAccount> account =
                    users.findByEmailIgnoreCase(invitation.getEmail()).filter(UserAccount::hasPassword);
            return new Usable(
                    invitation.getEmail(),
                    invitation.getDisplayName(),
                    invitation.getRole(),
                    memberships.placeName(invitation.grant()),
                    invitation.getExpiresAt(),
                    account.isPresent(),
                    account.map(user -> !user.isEnabled()).orElse(false));
        });
    }

    /**
     * A person without an account accepts: their account is created with this name and password
     * (or, for an address known without a password, completed) and gets the invitation's role.
     * Returns the e-mail address to log in with; refused when the link no longer works or the
     * address has an account with a password already (that person logs in and joins instead).
     */
    String acceptWithNewAccount(String tokenValue, String displayName, String rawPassword) {
        if (!Passwords.acceptable(rawPassword)) {
            throw new IllegalArgumentException("The password was not checked");
        }
        Instant now = clock.instant();
        String passwordHash = passwordEncoder.encode(rawPassword);
        return transactions.execute(status -> {
            Invitation invitation = lockedUsable(tokenValue, now);
            Optional<UserAccount> existing = users.findByEmailIgnoreCase(invitation.getEmail());
            if (existing.isPresent() && existing.get().hasPassword()) {
                throw new AccountException("account.error.invitationNeedsLogin");
            }
            UserAccount user = existing.orElseGet(() -> users.save(
                    new UserAccount(invitation.getEmail(), displayName, invitation.getLanguage(), passwordHash, now)));
            user.rename(displayName);
            user.changePasswordHash(passwordHash);
            accept(invitation, user, null, now);
            return user.getEmail();
        });
    }

    /**
     * A person with an account, logged in, accepts: the invitation must be for their address.
     * Returns the role they now hold, for the page to send them to.
     */
    Grant join(String tokenValue, CurrentUser user) {
        Instant now = clock.instant();
        return transactions.execute(status -> {
            Invitation invitation = lockedUsable(tokenValue, now);
            if (!invitation.getEmail().equalsIgnoreCase(user.email())) {
                throw new AccountException("account.error.invitationForSomeoneElse");
            }
            UserAccount account = users.findWithMembershipsById(user.id()).orElseThrow();
            accept(invitation, account, user, now);
            return invitation.grant();
        });
    }

    private void accept(Invitation invitation, UserAccount user, CurrentUser actor, Instant now) {
        if (!user.holds(invitation.grant())) {
            memberships.grant(actor, user, invitation.grant(), Map.of("invitation", invitation.getId()));
        }
        invitation.accepted(user.getId(), now);
        audit.record(
                "invitation.accepted",
                "invitation",
                invitation.getId(),
                invitation.getEmail(),
                Map.of("status", InvitationStatus.PENDING.name()),
                Map.of("status", InvitationStatus.ACCEPTED.name(), "userId", user.getId()));
    }

    /** The invitation this link opens, locked until the transaction ends: a link works once. */
    private Invitation lockedUsable(String tokenValue, Instant now) {
        OneTimeToken token = OneTimeToken.parse(tokenValue).orElseThrow(InvalidLinkException::new);
        Invitation invitation = invitations.lockBySelector(token.selector()).orElseThrow(InvalidLinkException::new);
        if (!invitation.opensWith(token, now)) {
            throw new InvalidLinkException();
        }
        return invitation;
    }

    /** An invitation the actor may manage, still open (pending or expired). */
    private Invitation open(CurrentUser actor, long invitationId, Long organisationId, Instant now) {
        Invitation invitation = invitations
                .findById(invitationId)
                .filter(found -> organisationId == null || organisationId.equals(found.getOrganisationId()))
                .filter(found -> mayInvite(actor, found.grant()))
                .orElseThrow(() -> new AccessDeniedException("invitation " + invitationId));
        InvitationStatus status = invitation.status(now);
        if (status != InvitationStatus.PENDING && status != InvitationStatus.EXPIRED) {
            throw new AccountException("account.error.invitationClosed");
        }
        return invitation;
    }

    private static AccountMails.InvitationMail mail(Invitation invitation, String place, String inviterName) {
        return new AccountMails.InvitationMail(
                invitation.getId(),
                invitation.getEmail(),
                invitation.getDisplayName(),
                invitation.getLanguage(),
                invitation.getRole(),
                place,
                inviterName,
                invitation.getExpiresAt());
    }

    private static Map<String, Object> description(Invitation invitation, String place) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("email", invitation.getEmail());
        description.put("language", invitation.getLanguage().code());
        description.putAll(Memberships.describe(invitation.grant(), place));
        description.put("expiresAt", invitation.getExpiresAt().toString());
        return description;
    }

    /** The link does not open anything (any more): the page explains, never a server error. */
    static class InvalidLinkException extends RuntimeException {
        InvalidLinkException() {
            super("invalid or used link");
        }
    }
}

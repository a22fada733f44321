package ca.repere.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Makes a change to an account take effect in the sessions already open. {@link CurrentUser} (with
 * its roles) is built at login and kept in the session, so after a role change, a deactivation or
 * a new password the person's other sessions end: their next request goes to the login page, and
 * logging in again loads the account as it now is. The session making the change, when it is the
 * person's own, is refreshed in place instead.
 *
 * <p>Sessions live in the database (Spring Session JDBC), indexed by the principal's name, the
 * account's e-mail address: the {@link SessionRegistry} (Spring Session's, over that repository)
 * finds every session of the person whichever instance opened it, and ending one marks it expired
 * in the database, so that the instance that next serves it sends the person to the login page
 * with "your account changed" rather than a plain login page.
 *
 * <p>Everything happens once the transaction making the change has committed: a session ended
 * earlier could log in again at once and load the account as it was.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;
    private final UserAccountRepository users;
    private final TransactionTemplate newReadOnlyTransaction;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    UserSessions(SessionRegistry registry, UserAccountRepository users, PlatformTransactionManager transactions) {
        this.registry = registry;
        this.users = users;
        this.newReadOnlyTransaction = new TransactionTemplate(transactions);
        newReadOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        newReadOnlyTransaction.setReadOnly(true);
    }

    /** Every session of this person ends (deactivation, password reset, roles changed by someone else). */
    void endAll(long userId) {
        String principal = principalName(userId);
        afterCommit(() -> expire(principal, null));
    }

    /**
     * Every session of this person ends but the current request's, if it is theirs: that one
     * carries the account as it now is (their own password change, a role they changed themselves).
     */
    void endOthersAndRefreshCurrent(long userId) {
        String principal = principalName(userId);
        afterCommit(() -> {
            expire(principal, currentSessionIdOf(userId));
            if (currentUserId() == userId) {
                reload(userId);
            }
        });
    }

    /** The current request's session, if it is this person's, now carries their account as it is. */
    void refreshCurrent(long userId) {
        afterCommit(() -> {
            if (currentUserId() == userId) {
                reload(userId);
            }
        });
    }

    /** The name sessions are indexed by: {@link CurrentUser#getUsername()}, the e-mail address. */
    private String principalName(long userId) {
        return users.findById(userId).map(UserAccount::getEmail).orElse(null);
    }

    private void expire(String principal, String keep) {
        if (principal == null) {
            return;
        }
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
            if (!session.getSessionId().equals(keep)) {
                session.expireNow();
            }
        }
    }

    private void reload(long userId) {
        ServletRequestAttributes request = currentRequest();
        if (request == null || request.getResponse() == null) {
            return;
        }
        CurrentUser fresh = newReadOnlyTransaction.execute(status -> users.findWithMembershipsById(userId)
                .map(UserAccount::toCurrentUser)
                .orElse(null));
        if (fresh == null) {
            return;
        }
        fresh.eraseCredentials();
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context =
                SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        HttpServletRequest servletRequest = request.getRequest();
        HttpServletResponse servletResponse = request.getResponse();
        contexts.saveContext(context, servletRequest, servletResponse);
    }

    /** The id of the current request's session when its user is this person; null otherwise. */
    private String currentSessionIdOf(long userId) {
        ServletRequestAttributes request = currentRequest();
        if (request == null || currentUserId() != userId) {
            return null;
        }
        var session = request.getRequest().getSession(false);
        return session == null ? null : session.getId();
    }

    private static long currentUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user.id() : -1;
    }

    private static ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes
                : null;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}

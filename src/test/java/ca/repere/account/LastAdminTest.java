package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.support.TestData.User;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nobody removes the last active admin: not by revoking the role, not by deactivating the account,
 * not even two admins revoking each other at the same moment. The rule counts every admin of the
 * platform, so this class runs on a database of its own ({@link AccountMailTest}) and starts each
 * test with no other active admin.
 */
class LastAdminTest extends AccountMailTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void noOtherActiveAdmin() {
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .as("this test owns its database")
                .isEqualTo("repere_accounts");
        jdbc.sql(
                        "update app_user set enabled = false where id in (select user_id from membership where role = 'ADMIN')")
                .update();
    }

    @Test
    void theOnlyActiveAdminCannotRevokeTheirOwnRole() {
        User admin = data.user(Grant.admin());
        CurrentUser current = data.current(admin);
        long membership = adminMembership(admin);

        assertThatThrownBy(() -> administration.revoke(current, admin.id(), membership))
                .isInstanceOf(AccountException.class)
                .hasMessage("account.error.lastAdmin");
        assertThat(mvc.post()
                        .uri("/admin/users/{u}/memberships/{m}/revoke", admin.id(), membership)
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashError", "account.error.lastAdmin");
        assertThat(mvc.get()
                        .uri("/admin/users/{id}", admin.id())
                        .header("Accept-Language", "en")
                        .flashAttr("flashError", "account.error.lastAdmin")
                        .with(as(admin)))
                .bodyText()
                .contains("Refused: that would remove the last active administrator.");
        assertThat(isActiveAdmin(admin)).isTrue();
    }

    @Test
    void withASecondActiveAdminTheRoleCanBeRevokedThenNotTheLastOne() {
        User first = data.user(Grant.admin());
        User second = data.user(Grant.admin());

        administration.revoke(data.current(first), second.id(), adminMembership(second));

        assertThat(isActiveAdmin(second)).isFalse();
        assertThatThrownBy(() -> administration.revoke(data.current(first), first.id(), adminMembership(first)))
                .hasMessage("account.error.lastAdmin");
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        User remaining = data.user(Grant.admin());
        User leaving = data.user(Grant.admin());
        // Loaded while still an admin, as an open session would be.
        CurrentUser leavingSession = data.current(leaving);
        administration.deactivate(data.current(remaining), leaving.id());

        assertThatThrownBy(() -> administration.deactivate(leavingSession, remaining.id()))
                .isInstanceOf(AccountException.class)
                .hasMessage("account.error.lastAdmin");
        assertThat(isActiveAdmin(remaining)).isTrue();
    }

    @Test
    void aDeactivatedAdminDoesNotCountAsTheOtherAdmin() {
        User active = data.user(Grant.admin());
        User inactive = data.user(Grant.admin());
        administration.deactivate(data.current(active), inactive.id());

        assertThatThrownBy(() -> administration.revoke(data.current(active), active.id(), adminMembership(active)))
                .hasMessage("account.error.lastAdmin");
        // Revoking the role of an admin who is deactivated removes no active admin.
        administration.revoke(data.current(active), inactive.id(), adminMembership(inactive));
    }

    @Test
    void nobodyDeactivatesTheirOwnAccount() {
        User first = data.user(Grant.admin());
        data.user(Grant.admin());

        assertThatThrownBy(() -> administration.deactivate(data.current(first), first.id()))
                .hasMessage("account.error.deactivateSelf");
    }

    /**
     * Two admins revoke each other at the same moment. The first holds the admins' lock in an open
     * transaction; the second must wait for it, then count what the first committed, and refuse.
     */
    @Test
    void twoAdminsRevokingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        User alice = data.user(Grant.admin());
        User bob = data.user(Grant.admin());
        CurrentUser aliceSession = data.current(alice);
        CurrentUser bobSession = data.current(bob);
        long aliceMembership = adminMembership(alice);
        long bobMembership = adminMembership(bob);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        CompletableFuture<Throwable> bobRevokingAlice = new CompletableFuture<>();
        transaction.executeWithoutResult(status -> {
            administration.revoke(aliceSession, bob.id(), bobMembership);
            // Alice's transaction is still open: Bob's revocation starts now and must wait for it.
            Thread bobThread = new Thread(() -> {
                try {
                    administration.revoke(bobSession, alice.id(), aliceMembership);
                    bobRevokingAlice.complete(null);
                } catch (Throwable refused) {
                    bobRevokingAlice.complete(refused);
                }
            });
            bobThread.start();
            waitUntilBlockedOnTheAdminsLock();
            assertThat(bobRevokingAlice).as("Bob waits for Alice's change").isNotDone();
        });

        Throwable outcome = bobRevokingAlice.get(30, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(AccountException.class).hasMessage("account.error.lastAdmin");
        assertThat(isActiveAdmin(alice)).isTrue();
        assertThat(isActiveAdmin(bob)).isFalse();
    }

    private void waitUntilBlockedOnTheAdminsLock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                    .query(Integer.class)
                    .single();
            if (waiting > 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The second revocation never waited for the admins' lock");
    }

    private long adminMembership(User user) {
        return jdbc.sql("select id from membership where user_id = ? and role = 'ADMIN'")
                .param(user.id())
                .query(Long.class)
                .single();
    }

    private boolean isActiveAdmin(User user) {
        return jdbc.sql("""
                        select count(*) > 0 from membership m join app_user u on u.id = m.user_id
                        where u.id = ? and m.role = 'ADMIN' and u.enabled
                        """).param(user.id()).query(Boolean.class).single();
    }
}

package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A lead runs their own organisation's team: invites staff, removes them, sends invitations again
 * or revokes them, without an admin and without reaching another organisation. Without a mail
 * server (this shared context), invitations are written to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrganisationMembersPageTest extends IntegrationTest {

    @Test
    void theLeadSeesTheTeamWithRemoveButtonsForStaffOnlyInBothLanguages() {
        long organisation = data.organisation("Équipe " + System.nanoTime());
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));

        assertThat(mvc.get()
                        .uri("/organisations/{id}/members?lang=fr", organisation)
                        .with(as(lead)))
                .hasStatusOk()
                .bodyText()
                .contains("Membres — Équipe ")
                .contains(staff.email())
                .contains("Retirer " + displayName(staff) + " du personnel")
                .doesNotContain("Retirer " + displayName(lead) + " du personnel")
                .contains("Inviter un membre du personnel")
                .doesNotContain("name=\"role\"");
        assertThat(mvc.get()
                        .uri("/organisations/{id}/members?lang=en", organisation)
                        .with(as(lead)))
                .hasStatusOk()
                .bodyText()
                .contains("Invite a staff member")
                .contains("No open invitation.");
        assertThat(mvc.get().uri("/organisations/{id}?lang=en", organisation).with(as(lead)))
                .bodyText()
                .contains("Manage members and invitations");
        assertThat(mvc.get().uri("/organisations/{id}?lang=en", organisation).with(as(staff)))
                .bodyText()
                .doesNotContain("Manage members and invitations");
    }

    @Test
    void theLeadInvitesStaffAndTheInvitationIsLoggedWithoutAMailServer(CapturedOutput output) {
        long organisation = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        String email = TestData.unique("recrue") + "@example.org";

        MvcTestResult sent = invite(lead, organisation, email);

        assertThat(sent)
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/organisations/" + organisation + "/members");
        assertThat(sent).flash().containsEntry("flashSuccess", "account.invitation.sent");
        assertThat(output.getAll()).contains(email).contains("/invitations/");
        assertThat(mvc.get()
                        .uri("/organisations/{id}/members?lang=en", organisation)
                        .with(as(lead)))
                .bodyText()
                .contains(email)
                .contains("Pending")
                .contains("Send the invitation to " + email + " again");
        // Nothing of it went to the outbox: a pending link is a secret.
        assertThat(jdbc.sql("select count(*) from outbox where recipient = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theLeadRemovesAStaffMemberWhoseSessionEnds() {
        long organisation = data.organisation();
        long other = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation), Grant.staffOf(other));
        MockHttpSession session = LoggedIn.as(mvc, staff.email(), TestData.PASSWORD);

        assertThat(mvc.post()
                        .uri("/organisations/{o}/members/{u}/remove", organisation, staff.id())
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.members.removed");

        assertThat(data.current(staff).isMemberOf(organisation)).isFalse();
        assertThat(data.current(staff).isMemberOf(other))
                .as("their other organisation stays")
                .isTrue();
        assertThat(mvc.get().uri("/organisations/{id}", organisation).session(session))
                .redirectedUrl()
                .isEqualTo("/login?expired");
    }

    @Test
    void aLeadCannotRemoveALeadNorReachAnotherOrganisation() {
        long organisation = data.organisation();
        long other = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User coLead = data.user(Grant.leadOf(organisation));
        User otherStaff = data.user(Grant.staffOf(other));

        assertThat(mvc.post()
                        .uri("/organisations/{o}/members/{u}/remove", organisation, coLead.id())
                        .with(as(lead))
                        .with(csrf()))
                .flash()
                .containsEntry("flashError", "account.error.roleNotHeld");
        assertThat(data.current(coLead).isLeadOf(organisation)).isTrue();

        assertThat(mvc.post()
                        .uri("/organisations/{o}/members/{u}/remove", other, otherStaff.id())
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Naming their own organisation does not reach a member of another one either.
        assertThat(mvc.post()
                        .uri("/organisations/{o}/members/{u}/remove", organisation, otherStaff.id())
                        .with(as(lead))
                        .with(csrf()))
                .flash()
                .containsEntry("flashError", "account.error.roleNotHeld");
        assertThat(data.current(otherStaff).isMemberOf(other)).isTrue();
        assertThat(mvc.get().uri("/organisations/{id}/members", other).with(as(lead)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theLeadSendsAgainAndRevokesTheirStaffInvitationsButNotALeadInvitationNorAnotherOrganisations() {
        long organisation = data.organisation();
        long other = data.organisation();
        User lead = data.user(Grant.leadOf(organisation));
        User otherLead = data.user(Grant.leadOf(other));
        User admin = data.user(Grant.admin());
        invite(lead, organisation, TestData.unique("a") + "@example.org");
        long staffInvitation = lastInvitation(organisation);
        mvc.post()
                .uri("/admin/invitations")
                .param("email", TestData.unique("b") + "@example.org")
                .param("displayName", "Future Lead")
                .param("language", "FR")
                .param("role", "ORG_LEAD")
                .param("target", "organisation:" + organisation)
                .with(as(admin))
                .with(csrf())
                .exchange();
        long leadInvitation = lastInvitation(organisation);
        assertThat(leadInvitation).isNotEqualTo(staffInvitation);

        assertThat(mvc.post()
                        .uri("/organisations/{o}/invitations/{i}/resend", organisation, staffInvitation)
                        .with(as(lead))
                        .with(csrf()))
                .flash()
                .containsEntry("flashSuccess", "account.invitation.resent");
        assertThat(mvc.post()
                        .uri("/organisations/{o}/invitations/{i}/revoke", organisation, leadInvitation)
                        .with(as(lead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/organisations/{o}/invitations/{i}/revoke", other, staffInvitation)
                        .with(as(otherLead))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/organisations/{o}/invitations/{i}/revoke", organisation, staffInvitation)
                        .with(as(lead))
                        .with(csrf()))
                .flash()
                .containsEntry("flashSuccess", "account.invitation.revoked");
        assertThat(mvc.post()
                        .uri("/organisations/{o}/invitations/{i}/revoke", organisation, staffInvitation)
                        .with(as(lead))
                        .with(csrf()))
                .flash()
                .containsEntry("flashError", "account.error.invitationClosed");
        assertThat(status(staffInvitation)).isEqualTo("revoked");
        assertThat(status(leadInvitation)).isEqualTo("open");
    }

    @Test
    void everyMembersRouteIsForTheOrganisationsLeadsAndAdmins() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));
        User target = data.user(Grant.staffOf(organisation));
        invite(lead, organisation, TestData.unique("c") + "@example.org");
        long invitation = lastInvitation(organisation);
        List<User> refused =
                List.of(staff, data.user(Grant.leadOf(data.organisation())), data.user(Grant.coordinatorOf(network)));
        String base = "/organisations/" + organisation;
        List<String> changes = List.of(
                base + "/members/invitations",
                base + "/members/" + target.id() + "/remove",
                base + "/invitations/" + invitation + "/resend",
                base + "/invitations/" + invitation + "/revoke");

        assertThat(mvc.get().uri(base + "/members")).redirectedUrl().endsWith("/login");
        for (User user : refused) {
            assertThat(mvc.get().uri(base + "/members").with(as(user))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri(base + "/members").with(as(lead))).hasStatusOk();
        assertThat(mvc.get().uri(base + "/members").with(as(data.user(Grant.admin()))))
                .hasStatusOk();
        for (String change : changes) {
            assertThat(mvc.post().uri(change).with(csrf()))
                    .as(change)
                    .redirectedUrl()
                    .endsWith("/login");
            for (User user : refused) {
                assertThat(mvc.post()
                                .uri(change)
                                .param("email", TestData.unique("d") + "@example.org")
                                .param("displayName", "D")
                                .param("language", "FR")
                                .with(as(user))
                                .with(csrf()))
                        .as(change)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(data.current(target).isMemberOf(organisation)).isTrue();
        assertThat(status(invitation)).isEqualTo("open");
        assertThat(jdbc.sql("select count(*) from invitation where organisation_id = ?")
                        .param(organisation)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anAdminMayInviteALeadFromTheMembersPage() {
        long organisation = data.organisation();
        User admin = data.user(Grant.admin());
        String email = TestData.unique("lead") + "@example.org";

        assertThat(mvc.get().uri("/organisations/{id}/members", organisation).with(as(admin)))
                .bodyText()
                .contains("name=\"role\"");
        mvc.post()
                .uri("/organisations/{id}/members/invitations", organisation)
                .param("email", email)
                .param("displayName", "Nouvelle responsable")
                .param("language", "FR")
                .param("role", "ORG_LEAD")
                .with(as(admin))
                .with(csrf())
                .exchange();

        assertThat(jdbc.sql("select role from invitation where email = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("ORG_LEAD");
    }

    private MvcTestResult invite(User lead, long organisation, String email) {
        return mvc.post()
                .uri("/organisations/{id}/members/invitations", organisation)
                .param("email", email)
                .param("displayName", "Nouvelle recrue")
                .param("language", "FR")
                .with(as(lead))
                .with(csrf())
                .exchange();
    }

    private long lastInvitation(long organisation) {
        return jdbc.sql("select max(id) from invitation where organisation_id = ?")
                .param(organisation)
                .query(Long.class)
                .single();
    }

    private String status(long invitation) {
        return jdbc.sql(
                        "select case when revoked_at is not null then 'revoked' else 'open' end from invitation where id = ?")
                .param(invitation)
                .query(String.class)
                .single();
    }

    private String displayName(User user) {
        return jdbc.sql("select display_name from app_user where id = ?")
                .param(user.id())
                .query(String.class)
                .single();
    }
}

package ca.repere.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.assessment.AnswerEdit;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.NewComment;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The admins' pages on people: finding them, their roles, deactivation, and what an open session sees. */
class UserAdminPagesTest extends IntegrationTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentQueries assessmentQueries;

    @Test
    void theListFindsPeopleByNameOrAddressAndFiltersByRoleAndStatus() {
        String tag = "zq" + System.nanoTime();
        long organisation = data.organisation("Liste " + tag);
        User admin = data.user(Grant.admin());
        User lead = data.user(Grant.leadOf(organisation));
        User staff = data.user(Grant.staffOf(organisation));
        rename(lead, "Léa Lead " + tag);
        rename(staff, "Sam Staff " + tag);
        mvc.post()
                .uri("/admin/users/{id}/deactivate", staff.id())
                .with(as(admin))
                .with(csrf())
                .exchange();

        assertThat(mvc.get()
                        .uri("/admin/users")
                        .param("q", tag)
                        .param("lang", "en")
                        .with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("2 accounts")
                .contains("Léa Lead " + tag)
                .contains("Sam Staff " + tag)
                .contains("Organization lead — Liste " + tag)
                .contains("Deactivated");
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .param("q", staff.email().substring(0, 20).toUpperCase())
                        .with(as(admin)))
                .bodyText()
                .contains("Sam Staff " + tag)
                .doesNotContain("Léa Lead " + tag);
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .param("q", tag)
                        .param("role", "ORG_LEAD")
                        .with(as(admin)))
                .bodyText()
                .contains("Léa Lead " + tag)
                .doesNotContain("Sam Staff " + tag);
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .param("q", tag)
                        .param("status", "deactivated")
                        .with(as(admin)))
                .bodyText()
                .contains("Sam Staff " + tag)
                .doesNotContain("Léa Lead " + tag);
        // Wildcards typed are plain characters.
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .param("q", "%" + tag)
                        .param("lang", "en")
                        .with(as(admin)))
                .bodyText()
                .contains("No account matches");
    }

    @Test
    void aPersonsPageShowsTheirRolesWithTheNamesOfTheirPlacesInBothLanguages() {
        long organisation = data.organisation("Fiche organisme " + System.nanoTime());
        long network = data.network(organisation);
        User admin = data.user(Grant.admin());
        User person = data.user(Grant.leadOf(organisation), Grant.coordinatorOf(network));

        assertThat(mvc.get().uri("/admin/users/{id}?lang=fr", person.id()).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(person.email())
                .contains("Responsable de l’organisme")
                .contains("Fiche organisme ")
                .contains("Coordination de réseau")
                .contains("Réseau-")
                .contains("Accorder un rôle")
                .contains("Désactiver le compte");
        assertThat(mvc.get().uri("/admin/users/{id}?lang=en", person.id()).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Organization lead")
                .contains("Grant a role")
                .contains("Deactivate the account");
        assertThat(mvc.get().uri("/admin/users/{id}", Long.MAX_VALUE).with(as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void grantingARoleNeedsThePlaceItAppliesToAndIsRefusedTwice() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        User admin = data.user(Grant.admin());
        User person = data.user();

        assertThat(grant(admin, person, "COORDINATOR", "organisation:" + organisation))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a network: this role is held in a network.");
        assertThat(grant(admin, person, "ORG_STAFF", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Choose an organization: this role is held in an organization.");
        assertThat(grant(admin, person, "ORG_STAFF", "organisation:" + Long.MAX_VALUE))
                .hasStatusOk()
                .bodyText()
                .contains("This organization or network does not exist.");

        assertThat(grant(admin, person, "COORDINATOR", "network:" + network))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/admin/users/" + person.id());
        assertThat(data.current(person).isCoordinatorOf(network)).isTrue();
        assertThat(audit(person.id()))
                .containsExactly("user.role.granted by " + admin.id() + ": {\"role\": \"COORDINATOR\", \"network\": "
                        + "\"" + networkName(network) + "\", \"networkId\": " + network + "}");
        assertThat(grant(admin, person, "COORDINATOR", "network:" + network))
                .hasStatusOk()
                .bodyText()
                .contains("This person already holds this role.");
    }

    @Test
    void afterTheirLeadRoleIsRevokedAPersonsOpenSessionNoLongerHasLeadRights() {
        long organisation = data.organisation();
        User admin = data.user(Grant.admin());
        User lead = data.user(Grant.leadOf(organisation), Grant.staffOf(data.organisation()));
        MockHttpSession session = LoggedIn.as(mvc, lead.email(), TestData.PASSWORD);
        assertThat(mvc.get().uri("/organisations/{id}/members", organisation).session(session))
                .hasStatusOk();

        assertThat(mvc.post()
                        .uri("/admin/users/{u}/memberships/{m}/revoke", lead.id(), membership(lead, "ORG_LEAD"))
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.user.revoked");

        assertThat(audit(lead.id())).singleElement().asString().startsWith("user.role.revoked by " + admin.id());
        assertThat(mvc.get().uri("/organisations/{id}/members", organisation).session(session))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/login?expired");
        assertThat(mvc.get().uri("/login").param("expired", "").param("lang", "en"))
                .bodyText()
                .contains("Your session ended because your account changed");
        MockHttpSession again = LoggedIn.as(mvc, lead.email(), TestData.PASSWORD);
        assertThat(mvc.get().uri("/organisations/{id}/members", organisation).session(again))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdminGrantingThemselvesARoleKeepsTheirSessionAndUsesItAtOnce() {
        long network = data.network(data.organisation());
        User admin = data.user(Grant.admin());
        MockHttpSession session = LoggedIn.as(mvc, admin.email(), TestData.PASSWORD);
        assertThat(mvc.get().uri("/").session(session)).bodyText().doesNotContain("id=\"my-networks\"");

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/memberships", admin.id())
                        .param("role", "COORDINATOR")
                        .param("target", "network:" + network)
                        .session(session)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/admin/users/" + admin.id());

        assertThat(mvc.get().uri("/admin/users/{id}", admin.id()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Coordination de réseau");
        // The home page lists "my networks" from the session's roles: it knows the new one.
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk().bodyText().contains("id=\"my-networks\"");
    }

    @Test
    void aDeactivatedPersonCannotLogInTheirSessionEndsAndTheirWorkKeepsTheirName() {
        long organisation = data.organisation();
        User admin = data.user(Grant.admin());
        User lead = data.user(Grant.leadOf(organisation));
        User colleague = data.user(Grant.staffOf(organisation));
        rename(lead, "Noémie Départ");
        long assessment = testAssessments.ccrCleoRated(lead, organisation, Map.of());
        comment(lead, organisation, assessment, "Commentaire de Noémie avant son départ");
        MockHttpSession session = LoggedIn.as(mvc, lead.email(), TestData.PASSWORD);

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/deactivate", lead.id())
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.user.deactivated");

        assertThat(mvc.get().uri("/").session(session)).redirectedUrl().isEqualTo("/login?expired");
        assertThat(LoggedIn.attempt(mvc, new MockHttpSession(), lead.email(), TestData.PASSWORD))
                .redirectedUrl()
                .isEqualTo("/login?error");
        assertThat(mvc.get()
                        .uri("/organisations/{o}/assessments/{a}/pillars/1", organisation, assessment)
                        .with(as(colleague)))
                .hasStatusOk()
                .bodyText()
                .contains("Noémie Départ")
                .contains("Commentaire de Noémie avant son départ");
        assertThat(mvc.get().uri("/organisations/{id}?lang=en", organisation).with(as(colleague)))
                .bodyText()
                .contains("Noémie Départ")
                .contains("Deactivated");

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/reactivate", lead.id())
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flashSuccess", "account.user.reactivated");
        LoggedIn.as(mvc, lead.email(), TestData.PASSWORD);
        assertThat(audit(lead.id()))
                .containsExactly(
                        "user.deactivated by " + admin.id() + ": {\"enabled\": false}",
                        "user.reactivated by " + admin.id() + ": {\"enabled\": true}");
    }

    @Test
    void everyAdminRouteIsForAdminsOnly() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        User target = data.user(Grant.staffOf(organisation));
        long membership = membership(target, "ORG_STAFF");
        List<User> others = List.of(
                data.user(Grant.staffOf(organisation)),
                data.user(Grant.leadOf(organisation)),
                data.user(Grant.coordinatorOf(network)));
        User admin = data.user(Grant.admin());
        List<String> pages =
                List.of("/admin/users", "/admin/users/" + target.id(), "/admin/invitations", "/admin/invitations/new");
        List<String> changes = List.of(
                "/admin/users/" + target.id() + "/memberships",
                "/admin/users/" + target.id() + "/memberships/" + membership + "/revoke",
                "/admin/users/" + target.id() + "/deactivate",
                "/admin/users/" + target.id() + "/reactivate",
                "/admin/invitations",
                "/admin/invitations/" + Long.MAX_VALUE + "/resend",
                "/admin/invitations/" + Long.MAX_VALUE + "/revoke");

        for (String page : pages) {
            assertThat(mvc.get().uri(page))
                    .as(page)
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .endsWith("/login");
            for (User user : others) {
                assertThat(mvc.get().uri(page).with(as(user))).as(page).hasStatus(HttpStatus.FORBIDDEN);
            }
            assertThat(mvc.get().uri(page).with(as(admin))).as(page).hasStatusOk();
        }
        for (String change : changes) {
            assertThat(mvc.post()
                            .uri(change)
                            .param("role", "ADMIN")
                            .param("email", TestData.unique("x") + "@example.org")
                            .param("displayName", "X")
                            .param("language", "FR")
                            .param("target", "organisation:" + organisation)
                            .with(csrf()))
                    .as(change)
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .endsWith("/login");
            for (User user : others) {
                assertThat(mvc.post()
                                .uri(change)
                                .param("role", "ADMIN")
                                .param("email", TestData.unique("x") + "@example.org")
                                .param("displayName", "X")
                                .param("language", "FR")
                                .param("role", "ORG_STAFF")
                                .param("target", "organisation:" + organisation)
                                .with(as(user))
                                .with(csrf()))
                        .as(change)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(data.current(target).isEnabled()).isTrue();
        assertThat(data.current(target).isAdmin()).isFalse();
        assertThat(data.current(target).isMemberOf(organisation)).isTrue();
        assertThat(jdbc.sql("select count(*) from invitation where invited_by = any(?)")
                        .param(others.stream().map(User::id).toArray(Long[]::new))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdminPagesExistInFrenchAndEnglish() {
        User admin = data.user(Grant.admin());

        assertThat(mvc.get().uri("/admin/users?lang=fr").with(as(admin)))
                .bodyText()
                .contains("Comptes")
                .contains("Inviter une personne");
        assertThat(mvc.get().uri("/admin/users?lang=en").with(as(admin)))
                .bodyText()
                .contains("Accounts")
                .contains("Invite someone");
        assertThat(mvc.get().uri("/admin/invitations?lang=fr").with(as(admin)))
                .bodyText()
                .contains("En attente")
                .contains("Révoquée");
        assertThat(mvc.get().uri("/admin/invitations?lang=en").with(as(admin)))
                .bodyText()
                .contains("Pending")
                .contains("Revoked");
        assertThat(mvc.get().uri("/admin/invitations/new?lang=fr").with(as(admin)))
                .bodyText()
                .contains("Langue du courriel")
                .contains("Envoyer l’invitation");
        assertThat(mvc.get().uri("/admin/invitations/new?lang=en").with(as(admin)))
                .bodyText()
                .contains("Language of the e-mail")
                .contains("Send the invitation");
    }

    @Test
    void theInvitationFormSaysWhatIsMissingAndKeepsWhatWasTyped() {
        User admin = data.user(Grant.admin());

        assertThat(mvc.post()
                        .uri("/admin/invitations")
                        .header("Accept-Language", "en")
                        .param("email", "not-an-address")
                        .param("displayName", "Typed Name")
                        .param("language", "EN")
                        .param("role", "ORG_LEAD")
                        .param("target", "")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Enter a valid e-mail address.")
                .contains("value=\"Typed Name\"")
                .contains("value=\"not-an-address\"");
        assertThat(mvc.post()
                        .uri("/admin/invitations")
                        .header("Accept-Language", "en")
                        .param("email", TestData.unique("x") + "@example.org")
                        .param("displayName", "Typed Name")
                        .param("language", "EN")
                        .param("role", "ORG_LEAD")
                        .param("target", "")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Choose an organization: this role is held in an organization.");
    }

    @Test
    void invitingSomeoneWhoAlreadyHoldsTheRoleOrIsAlreadyInvitedIsRefused() {
        long organisation = data.organisation();
        User admin = data.user(Grant.admin());
        User staff = data.user(Grant.staffOf(organisation));
        String email = TestData.unique("twice") + "@example.org";

        assertThat(invite(admin, staff.email(), organisation))
                .hasStatusOk()
                .bodyText()
                .contains("This person already holds this role here.");
        assertThat(invite(admin, email, organisation)).hasStatus(HttpStatus.FOUND);
        assertThat(invite(admin, email.toUpperCase(), organisation))
                .hasStatusOk()
                .bodyText()
                .contains("An invitation to this role is already waiting for this person");
    }

    private MvcTestResult invite(User admin, String email, long organisation) {
        return mvc.post()
                .uri("/admin/invitations")
                .header("Accept-Language", "en")
                .param("email", email)
                .param("displayName", "Someone")
                .param("language", "EN")
                .param("role", "ORG_STAFF")
                .param("target", "organisation:" + organisation)
                .with(as(admin))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult grant(User admin, User person, String role, String target) {
        return mvc.post()
                .uri("/admin/users/{id}/memberships", person.id())
                .header("Accept-Language", "en")
                .param("role", role)
                .param("target", target)
                .with(as(admin))
                .with(csrf())
                .exchange();
    }

    private long membership(User user, String role) {
        return jdbc.sql("select id from membership where user_id = ? and role = ? order by id limit 1")
                .param(user.id())
                .param(role)
                .query(Long.class)
                .single();
    }

    /** What the audit trail says about this user, oldest first: "action by actor: after". */
    private List<String> audit(long userId) {
        return jdbc.sql("""
                        select action || ' by ' || coalesce(actor_id::text, 'system') || ': ' || coalesce(after_state::text, '-')
                        from audit_event where subject_type = 'user' and subject_id = ? order by id
                        """).param(userId).query(String.class).list();
    }

    private String networkName(long network) {
        return jdbc.sql("select name from network where id = ?")
                .param(network)
                .query(String.class)
                .single();
    }

    private void rename(User user, String name) {
        jdbc.sql("update app_user set display_name = ? where id = ?")
                .param(name)
                .param(user.id())
                .update();
    }

    private void comment(User author, long organisation, long assessment, String text) {
        var current = data.current(author);
        var page = assessmentQueries.pillarPage(current, organisation, assessment, "1");
        var criterion = page.criteria().get(0);
        assessments.saveAnswers(
                current,
                organisation,
                assessment,
                "1",
                List.<AnswerEdit>of(),
                List.of(new NewComment(criterion.criterion().id(), null, text)));
    }
}

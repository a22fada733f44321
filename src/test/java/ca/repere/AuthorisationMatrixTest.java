package ca.repere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.actionplan.ActionPlanService;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Priority;
import ca.repere.network.NetworkSharing;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.support.IntegrationTest;
import ca.repere.support.StatementCounter;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the application, from Spring's own handler mapping, against a rule
 * saying who may use it: a route added without a rule fails {@link #everyRouteHasARule}. Each
 * rule is then tried by an anonymous visitor, a staff member, a lead, a network coordinator and
 * an admin, on their own organisation or network, on a foreign one, and with their own
 * organisation in the path but a foreign object's id after it (which must find nothing). A
 * refused request answers 403 or 404 and writes nothing (no insert, update or delete runs on
 * its thread); an allowed one answers 2xx or 3xx. Every response carries the security headers,
 * and no response to anyone but an admin holds a word of the foreign tenant or of a draft
 * framework.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest extends IntegrationTest {

    /** Where the controllers that exist in tests only live (they fail on purpose). */
    private static final String TEST_SUPPORT_PACKAGE = IntegrationTest.class.getPackageName();

    private static final String UNKNOWN_TOKEN = "AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

    enum Who {
        ANONYMOUS,
        STAFF,
        LEAD,
        COORDINATOR,
        ADMIN
    }

    enum Side {
        /** The user's own organisation or network. */
        OWN,
        /** Another tenant's organisation or network, with its objects. */
        FOREIGN,
        /** The user's own organisation or network in the path, a foreign object's id after it. */
        MIXED
    }

    enum Expect {
        ALLOW,
        DENY,
        LOGIN
    }

    /** Where a route's permission comes from. */
    enum Scope {
        PUBLIC,
        AUTHENTICATED,
        ADMIN,
        ORGANISATION,
        NETWORK
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    AssessmentService assessments;

    @Autowired
    NetworkSharing sharing;

    @Autowired
    ActionPlanService actions;

    @Autowired
    OrganisationDirectory directory;

    private Tenant own;
    private Tenant foreign;
    private User admin;
    private long publishedVersion;
    private long draftVersion;
    private long draftPillar;
    private long draftCriterion;
    private String draftMarker;
    private final Map<String, List<Case>> rules = new LinkedHashMap<>();

    /** One organisation in one network, with its people and its work; every name carries a marker. */
    final class Tenant {
        final String marker;
        final long organisation;
        final long network;
        final User lead;
        final User staff;
        final User coordinator;
        final long submitted;
        final long draft;
        final long staffAction;
        final long leadAction;
        final long invitation;

        Tenant(String marker) {
            this.marker = marker;
            organisation = data.organisation(marker + " organisme");
            network = directory.createNetwork(marker + " réseau", marker + " description");
            directory.addMember(network, organisation);
            lead = data.user(Grant.leadOf(organisation));
            staff = data.user(Grant.staffOf(organisation));
            coordinator = data.user(Grant.coordinatorOf(network));
            submitted = submittedAssessment(this, marker + " soumise");
            sharing.share(data.current(lead), organisation, network, true);
            draft = ratedDraft(this);
            jdbc.sql("update assessment set label = ? where id = ?")
                    .params(marker + " en cours", draft)
                    .update();
            staffAction = action(lead, organisation, marker + " action du personnel", staff.id());
            leadAction = action(lead, organisation, marker + " action de la direction", lead.id());
            actions.comment(data.current(staff), organisation, staffAction, marker + " commentaire");
            invitation = invite(this, marker.toLowerCase() + "-invitee@example.org");
            assertThat(mvc.post()
                            .uri("/networks/" + network + "/reviews/" + submitted)
                            .param("strengths", marker + " forces")
                            .param("support", marker + " soutien")
                            .param("review", "true")
                            .with(csrf())
                            .with(as(coordinator)))
                    .hasStatus3xxRedirection();
        }
    }

    private long ratedDraft(Tenant tenant) {
        return testAssessments.ccrCleoRated(tenant.lead, tenant.organisation, Map.of("1.5", 1));
    }

    private long submittedAssessment(Tenant tenant, String label) {
        long assessment = ratedDraft(tenant);
        jdbc.sql("update assessment set label = ? where id = ?")
                .params(label, assessment)
                .update();
        jdbc.sql("update answer set evidence = ? where assessment_id = ?")
                .params(tenant.marker + " preuve", assessment)
                .update();
        assessments.submit(data.current(tenant.lead), tenant.organisation, assessment);
        return assessment;
    }

    private long emptyDraft(Tenant tenant) {
        return assessments.start(
                data.current(tenant.lead),
                tenant.organisation,
                new AssessmentService.StartCommand(
                        testFrameworks.ccrCleo().id(),
                        TestData.unique("Brouillon"),
                        ca.repere.assessment.Scope.FULL,
                        Set.of(),
                        null,
                        false));
    }

    private long action(User by, long organisation, String title, long owner) {
        return actions.create(
                data.current(by),
                organisation,
                new ActionPlanService.NewAction(title, title, Set.of(), owner, null, null, Priority.NORMAL, null));
    }

    private long invite(Tenant tenant, String email) {
        assertThat(mvc.post()
                        .uri("/organisations/" + tenant.organisation + "/members/invitations")
                        .param("email", email)
                        .param("displayName", tenant.marker + " invité")
                        .param("language", "FR")
                        .param("role", "ORG_STAFF")
                        .with(csrf())
                        .with(as(tenant.lead)))
                .hasStatus3xxRedirection();
        return jdbc.sql("select id from invitation where lower(email) = lower(?) order by id desc limit 1")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long adminInvitation() {
        String email = TestData.unique("admin-invitee").toLowerCase() + "@example.org";
        assertThat(mvc.post()
                        .uri("/admin/invitations")
                        .param("email", email)
                        .param("displayName", "Invitee")
                        .param("language", "EN")
                        .param("role", "ORG_STAFF")
                        .param("target", "organisation:" + own.organisation)
                        .with(csrf())
                        .with(as(admin)))
                .hasStatus3xxRedirection();
        return jdbc.sql("select id from invitation where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** A new framework with an empty first draft (which cannot be published: it has no pillar). */
    private long newDraft(String name) {
        String code = TestData.unique("matrix").toLowerCase().replace("_", "-");
        assertThat(mvc.post()
                        .uri("/admin/frameworks/new")
                        .param("code", code.substring(0, Math.min(code.length(), 60)))
                        .param("nameFr", name)
                        .param("nameEn", name)
                        .param("label", "1")
                        .with(csrf())
                        .with(as(admin)))
                .hasStatus3xxRedirection();
        return jdbc.sql("select v.id from framework_version v join framework f on f.id = v.framework_id"
                        + " where f.code = ?")
                .param(code.substring(0, Math.min(code.length(), 60)))
                .query(Long.class)
                .single();
    }

    private long newPillar(long version) {
        String code = "P" + (System.nanoTime() % 100000);
        assertThat(mvc.post()
                        .uri("/admin/frameworks/versions/" + version + "/pillars/new")
                        .param("lockVersion", String.valueOf(lockVersion(version)))
                        .param("code", code)
                        .param("weight", "1")
                        .param("titleFr", draftMarker + " pilier")
                        .param("titleEn", draftMarker + " pillar")
                        .param("outcomeFr", "Résultat")
                        .param("outcomeEn", "Outcome")
                        .with(csrf())
                        .with(as(admin)))
                .hasStatus3xxRedirection();
        return jdbc.sql("select id from pillar where framework_version_id = ? and code = ?")
                .params(version, code)
                .query(Long.class)
                .single();
    }

    private long newCriterion(long version, long pillar) {
        String code = "C" + (System.nanoTime() % 100000);
        assertThat(mvc.post()
                        .uri("/admin/frameworks/versions/" + version + "/pillars/" + pillar + "/criteria/new")
                        .param("lockVersion", String.valueOf(lockVersion(version)))
                        .param("code", code)
                        .param("weight", "1")
                        .param("textFr", draftMarker + " critère")
                        .param("textEn", draftMarker + " criterion")
                        .with(csrf())
                        .with(as(admin)))
                .hasStatus3xxRedirection();
        return jdbc.sql("select c.id from criterion c join pillar p on p.id = c.pillar_id"
                        + " where p.framework_version_id = ? and c.code = ?")
                .params(version, code)
                .query(Long.class)
                .single();
    }

    private long lockVersion(long frameworkVersion) {
        return jdbc.sql("select version from framework_version where id = ?")
                .param(frameworkVersion)
                .query(Long.class)
                .single();
    }

    private long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private User freshUser() {
        return data.user(Grant.staffOf(data.organisation()));
    }

    private long membershipOf(long userId) {
        return jdbc.sql("select id from membership where user_id = ? order by id limit 1")
                .param(userId)
                .query(Long.class)
                .single();
    }

    @BeforeAll
    void world() {
        admin = data.user(Grant.admin());
        own = new Tenant(TestData.unique("MATRIXOWN"));
        foreign = new Tenant(TestData.unique("MATRIXFOREIGN"));
        publishedVersion = testFrameworks.ccrCleo().id();
        draftMarker = TestData.unique("MATRIXDRAFT");
        draftVersion = newDraft(draftMarker + " cadre");
        draftPillar = newPillar(draftVersion);
        draftCriterion = newCriterion(draftVersion, draftPillar);
        defineRules();
    }

    // ------------------------------------------------------------------------------------------
    // The rules. A case is tried by every user on every side it applies to; its scope and the
    // roles it allows on the user's own tenant decide what each should get.
    // ------------------------------------------------------------------------------------------

    private void defineRules() {
        Who staff = Who.STAFF;
        Who lead = Who.LEAD;
        Who coordinator = Who.COORDINATOR;
        Who adminRole = Who.ADMIN;

        // Open to anyone: the login page, password reset and the links e-mailed to people.
        rule("GET /login", publicRoute());
        rule("GET /password-reset", publicRoute());
        rule("POST /password-reset", publicRoute().body(t -> params("email", "nobody@example.org")));
        rule("GET /password-reset/sent", publicRoute());
        // An unknown link is answered by a page saying so (404), whoever asks.
        rule("GET /password-reset/{token}", publicRoute().status(status -> status == 404 || status == 410));
        rule(
                "POST /password-reset/{token}",
                publicRoute()
                        .body(t -> params("password", "a long enough passphrase", "confirmation", "x"))
                        .status(status -> status == 404 || status == 410));
        rule("GET /invitations/{token}", publicRoute().status(status -> status == 404));
        rule(
                "POST /invitations/{token}",
                publicRoute()
                        .body(t -> params("displayName", "X", "password", "short", "confirmation", "short"))
                        .status(status -> status == 404));
        // Boot's error page: reached by a direct visit it shows the generic error, never a login.
        rule("* /error", publicRoute().status(status -> status >= 400));

        // Anyone logged in: their own things only.
        rule("GET /", authenticated());
        rule("GET /account", authenticated());
        rule("GET /account/preferences", authenticated());
        rule("POST /account/profile", authenticated().body(t -> params("displayName", "", "language", "FR")));
        rule(
                "POST /account/password",
                authenticated().body(t -> params("currentPassword", "", "newPassword", "", "confirmation", "")));
        rule("POST /account/preferences", authenticated().body(t -> params("digestEnabled", "true")));
        rule("GET /frameworks", authenticated());
        rule(
                "GET /frameworks/{id}",
                authenticated(),
                // Drafts are the admins' work in progress.
                admins().var("id", t -> draftVersion));
        rule("GET /invitations/{token}/join", authenticated().status(status -> status == 404));
        rule("POST /invitations/{token}/join", authenticated().status(status -> status == 404));

        // An organisation's own pages.
        rule("GET /organisations/{id}", organisation(staff, lead, adminRole));
        rule("POST /organisations/{id}/settings", organisation(lead).body(t -> params("staffMayStart", "false")));
        rule("GET /organisations/{organisationId}/members", organisation(lead, adminRole));
        rule(
                "POST /organisations/{organisationId}/members/invitations",
                organisation(lead, adminRole)
                        .body(t -> params(
                                "email",
                                TestData.unique("invitee").toLowerCase() + "@example.org",
                                "displayName",
                                "Invitee",
                                "language",
                                "FR",
                                "role",
                                "ORG_STAFF")));
        rule(
                "POST /organisations/{organisationId}/members/{memberId}/remove",
                organisation(lead, adminRole)
                        .fresh(
                                "memberId",
                                t -> data.user(Grant.staffOf(t.child.organisation))
                                        .id())
                        // Someone else's member under one's own organisation: refused with a message.
                        .refusedWithMessage());
        rule("POST /organisations/{organisationId}/invitations/{invitationId}/resend", organisation(lead, adminRole));
        rule(
                "POST /organisations/{organisationId}/invitations/{invitationId}/revoke",
                organisation(lead, adminRole)
                        .fresh(
                                "invitationId",
                                t -> invite(t.child, TestData.unique("revoked").toLowerCase() + "@example.org")));
        rule("GET /organisations/{organisationId}/sharing", organisation(staff, lead, adminRole));
        rule(
                "POST /organisations/{organisationId}/sharing/{networkId}",
                organisation(lead).body(t -> params("shared", "true")));

        // Self-assessments: members work on them, admins read them, leads decide.
        String assessments = "/organisations/{organisationId}/assessments";
        String assessment = assessments + "/{assessmentId}";
        rule("GET " + assessments, organisation(staff, lead, adminRole));
        rule("GET " + assessments + "/new", organisation(lead));
        rule(
                "POST " + assessments + "/new",
                organisation(lead)
                        .body(t -> params(
                                "frameworkVersionId",
                                String.valueOf(publishedVersion),
                                "label",
                                TestData.unique("Nouvelle"),
                                "scope",
                                "FULL")));
        rule("GET " + assessment, organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "GET " + assessment + "/review",
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule("GET " + assessment + "/submit", organisation(lead).var("assessmentId", t -> t.child.draft));
        rule("POST " + assessment + "/submit", organisation(lead).fresh("assessmentId", t -> ratedDraft(t.child)));
        rule("GET " + assessment + "/reopen", organisation(lead));
        rule(
                "POST " + assessment + "/reopen",
                organisation(lead)
                        .fresh("assessmentId", t -> submittedAssessment(t.child, TestData.unique("Rouverte")))
                        .body(t -> params("reason", "Une raison")));
        rule("GET " + assessment + "/delete", organisation(lead).var("assessmentId", t -> t.child.draft));
        rule("POST " + assessment + "/delete", organisation(lead).fresh("assessmentId", t -> emptyDraft(t.child)));
        rule(
                "GET " + assessment + "/context",
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "POST " + assessment + "/context",
                organisation(staff, lead)
                        .var("assessmentId", t -> t.child.draft)
                        .body(t -> params(
                                "version",
                                String.valueOf(version("assessment", t.child.draft)),
                                "province",
                                "QC",
                                "sizeBand",
                                "SMALL",
                                "paidStaff",
                                "3",
                                "volunteers",
                                "4",
                                "serviceAreas",
                                "REFUGEE_CLAIMS")));
        rule(
                "GET " + assessment + "/scope",
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "POST " + assessment + "/scope",
                organisation(staff, lead)
                        .var("assessmentId", t -> t.child.draft)
                        .body(t -> scopeParams(t.child.draft)));
        rule(
                "GET " + assessment + "/assignments",
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "POST " + assessment + "/assignments",
                organisation(lead)
                        .var("assessmentId", t -> t.child.draft)
                        .body(t -> params("assignment", pillarOne() + ":" + t.child.staff.id())));
        rule(
                "GET " + assessment + "/pillars/{pillarCode}",
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "POST " + assessment + "/pillars/{pillarCode}",
                organisation(staff, lead)
                        .var("assessmentId", t -> t.child.draft)
                        .body(t -> pillarParams(t.child.draft)));

        // The report: members and admins; the network's coordinators once it is submitted and shared.
        rule(
                "GET " + assessment + "/report",
                organisation(staff, lead, coordinator, adminRole),
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));
        rule(
                "GET " + assessment + "/report.{extension}",
                organisation(staff, lead, coordinator, adminRole),
                organisation(staff, lead, adminRole).var("assessmentId", t -> t.child.draft));

        // The action plan: members contribute, the lead changes everything, staff what they own, admins read.
        String plan = "/organisations/{organisationId}/actions";
        rule("GET " + plan, organisation(staff, lead, adminRole));
        rule("GET " + plan + "/export.{extension}", organisation(staff, lead, adminRole));
        rule(
                "POST " + plan + "/cycle",
                organisation(lead).body(t -> params("nextReassessment", "2031-01-15", "followUpMonths", "4")));
        rule("GET " + plan + "/new", organisation(staff, lead));
        rule(
                "POST " + plan,
                organisation(staff, lead).body(t -> actionParams(t.child.marker + " nouvelle", 0, t.child.staff)));
        rule(
                "GET " + plan + "/{actionId}",
                organisation(staff, lead, adminRole).var("actionId", t -> t.child.staffAction));
        rule(
                "GET " + plan + "/{actionId}/edit",
                organisation(staff, lead).var("actionId", t -> t.child.staffAction),
                organisation(lead).var("actionId", t -> t.child.leadAction));
        rule(
                "POST " + plan + "/{actionId}",
                organisation(staff, lead)
                        .var("actionId", t -> t.child.staffAction)
                        .body(t -> actionParams(
                                t.child.marker + " action du personnel",
                                version("action", t.child.staffAction),
                                t.child.staff)),
                organisation(lead)
                        .var("actionId", t -> t.child.leadAction)
                        .body(t -> actionParams(
                                t.child.marker + " action de la direction",
                                version("action", t.child.leadAction),
                                t.child.lead)));
        rule(
                "POST " + plan + "/{actionId}/status",
                organisation(staff, lead)
                        .var("actionId", t -> t.child.staffAction)
                        .body(t -> params(
                                "status",
                                "IN_PROGRESS",
                                "version",
                                String.valueOf(version("action", t.child.staffAction)),
                                "comment",
                                "En cours")),
                organisation(lead)
                        .var("actionId", t -> t.child.leadAction)
                        .body(t -> params(
                                "status",
                                "IN_PROGRESS",
                                "version",
                                String.valueOf(version("action", t.child.leadAction)),
                                "comment",
                                "En cours")));
        rule(
                "POST " + plan + "/{actionId}/comments",
                organisation(staff, lead)
                        .var("actionId", t -> t.child.leadAction)
                        .body(t -> params("comment", "Un commentaire")));

        // A network: its coordinators and admins.
        rule("GET /networks/{id}", network(coordinator, adminRole));
        rule("GET /networks/{networkId}/dashboard", network(coordinator, adminRole));
        rule("GET /networks/{networkId}/dashboard/{table}.{format}", network(coordinator, adminRole));
        // Feedback is the network's word to its member: admins read it, only coordinators write it.
        rule("GET /networks/{networkId}/reviews/{assessmentId}", network(coordinator, adminRole));
        rule(
                "POST /networks/{networkId}/reviews/{assessmentId}",
                network(coordinator)
                        .body(t -> params(
                                "strengths",
                                t.child.marker + " forces",
                                "support",
                                t.child.marker + " soutien",
                                "version",
                                String.valueOf(reviewVersion(t.child.submitted)))));

        // Administration: admins only.
        rule("GET /admin", admins());
        rule("GET /admin/audit", admins());
        rule("GET /admin/outbox", admins());
        rule("GET /admin/organisations", admins());
        rule("GET /admin/organisations/new", admins());
        rule("GET /admin/organisations/{id}", admins().var("id", t -> own.organisation));
        rule("GET /admin/organisations/{id}/edit", admins().var("id", t -> own.organisation));
        rule("POST /admin/organisations", admins().body(t -> organisationParams(TestData.unique("Organisme admin"))));
        rule(
                "POST /admin/organisations/{id}",
                admins().var("id", t -> data.organisation()).body(t -> organisationParams(TestData.unique("Renommé"))));
        rule(
                "POST /admin/organisations/{id}/networks",
                admins().var("id", t -> data.organisation())
                        .body(t -> params("networkId", String.valueOf(data.network()))));
        rule("GET /admin/networks", admins());
        rule("GET /admin/networks/new", admins());
        rule("GET /admin/networks/{id}", admins().var("id", t -> own.network));
        rule("GET /admin/networks/{id}/edit", admins().var("id", t -> own.network));
        rule(
                "GET /admin/networks/{id}/members/{organisationId}/remove",
                admins().var("id", t -> own.network).var("organisationId", t -> own.organisation));
        rule("POST /admin/networks", admins().body(t -> params("name", TestData.unique("Réseau admin"))));
        rule(
                "POST /admin/networks/{id}",
                admins().var("id", t -> data.network())
                        .body(t -> params("version", "0", "name", TestData.unique("Réseau renommé"))));
        rule(
                "POST /admin/networks/{id}/members",
                admins().var("id", t -> data.network())
                        .body(t -> params("organisationId", String.valueOf(data.organisation()))));
        rule("POST /admin/networks/{id}/members/{organisationId}/remove", admins().vars(t -> {
            long organisation = data.organisation();
            return Map.of("id", data.network(organisation), "organisationId", organisation);
        }));
        rule("GET /admin/users", admins());
        rule("GET /admin/users/{userId}", admins().var("userId", t -> own.staff.id()));
        rule(
                "POST /admin/users/{userId}/memberships",
                admins().var("userId", t -> freshUser().id())
                        .body(t -> params("role", "ORG_STAFF", "target", "organisation:" + own.organisation)));
        rule("POST /admin/users/{userId}/memberships/{membershipId}/revoke", admins().vars(t -> {
            User user = freshUser();
            return Map.of("userId", user.id(), "membershipId", membershipOf(user.id()));
        }));
        rule(
                "POST /admin/users/{userId}/deactivate",
                admins().var("userId", t -> freshUser().id()));
        rule(
                "POST /admin/users/{userId}/reactivate",
                admins().var("userId", t -> freshUser().id()));
        rule("GET /admin/invitations", admins());
        rule("GET /admin/invitations/new", admins());
        rule(
                "POST /admin/invitations",
                admins().body(t -> params(
                        "email",
                        TestData.unique("admin-invitee").toLowerCase() + "@example.org",
                        "displayName",
                        "Invitee",
                        "language",
                        "EN",
                        "role",
                        "ORG_STAFF",
                        "target",
                        "organisation:" + own.organisation)));
        rule("POST /admin/invitations/{invitationId}/resend", admins().var("invitationId", t -> adminInvitation()));
        rule("POST /admin/invitations/{invitationId}/revoke", admins().var("invitationId", t -> adminInvitation()));

        // The framework library and editor: admins only.
        rule("GET /admin/frameworks", admins());
        rule("GET /admin/frameworks/new", admins());
        rule(
                "POST /admin/frameworks/new",
                admins().body(t -> params(
                        "code",
                        "m" + System.nanoTime(),
                        "nameFr",
                        draftMarker + " nouveau",
                        "nameEn",
                        draftMarker + " new",
                        "label",
                        "1")));
        rule("GET /admin/frameworks/import", admins());
        rule("POST /admin/frameworks/import", admins().upload(t -> frameworkFile()));
        rule("GET /admin/frameworks/framework-file.schema.json", admins());
        rule("GET /admin/frameworks/versions/{id}/export.yaml", admins());
        rule("GET /admin/frameworks/versions/{id}", admins());
        rule("GET /admin/frameworks/versions/{id}/preview", admins());
        rule("GET /admin/frameworks/versions/{id}/copy", admins().var("id", t -> publishedVersion));
        rule(
                "POST /admin/frameworks/versions/{id}/copy",
                admins().var("id", t -> newDraft(draftMarker + " copié"))
                        .body(t -> params("label", TestData.unique("copie"))));
        rule("GET /admin/frameworks/versions/{id}/publish", admins());
        // Publishing an empty draft is refused for what it lacks, not for who asks.
        rule(
                "POST /admin/frameworks/versions/{id}/publish",
                admins().var("id", t -> newDraft(draftMarker + " à publier")).body(t -> params("lockVersion", "0")));
        rule("GET /admin/frameworks/versions/{id}/retire", admins().var("id", t -> publishedVersion));
        rule(
                "POST /admin/frameworks/versions/{id}/retire",
                admins().var("id", t -> newDraft(draftMarker + " à retirer")));
        rule("GET /admin/frameworks/versions/{id}/delete", admins());
        rule(
                "POST /admin/frameworks/versions/{id}/delete",
                admins().var("id", t -> newDraft(draftMarker + " à supprimer")).body(t -> params("lockVersion", "0")));
        String draft = "/admin/frameworks/versions/{id}";
        rule("GET " + draft + "/details", admins());
        rule(
                "POST " + draft + "/details",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "label",
                        "1",
                        "nameFr",
                        draftMarker + " cadre",
                        "nameEn",
                        draftMarker + " cadre",
                        "descriptionFr",
                        "Description",
                        "descriptionEn",
                        "Description")));
        rule("GET " + draft + "/scale", admins());
        rule(
                "POST " + draft + "/scale",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "levels[0].value",
                        "0",
                        "levels[0].labelFr",
                        "Non",
                        "levels[0].labelEn",
                        "No",
                        "levels[1].value",
                        "1",
                        "levels[1].labelFr",
                        "Oui",
                        "levels[1].labelEn",
                        "Yes")));
        rule("GET " + draft + "/pillars/new", admins());
        rule(
                "POST " + draft + "/pillars/new",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "code",
                        "N" + (System.nanoTime() % 100000),
                        "titleFr",
                        draftMarker,
                        "titleEn",
                        draftMarker,
                        "outcomeFr",
                        "R",
                        "outcomeEn",
                        "O")));
        rule("GET " + draft + "/pillars/{pillarId}", admins());
        rule(
                "POST " + draft + "/pillars/{pillarId}",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "code",
                        "Z1",
                        "titleFr",
                        draftMarker + " pilier",
                        "titleEn",
                        draftMarker + " pillar",
                        "outcomeFr",
                        "R",
                        "outcomeEn",
                        "O")));
        rule(
                "POST " + draft + "/pillars/{pillarId}/move",
                admins().body(t ->
                        params("lockVersion", String.valueOf(lockVersion(draftVersion)), "direction", "up")));
        rule("GET " + draft + "/pillars/{pillarId}/remove", admins());
        rule(
                "POST " + draft + "/pillars/{pillarId}/remove",
                admins().var("pillarId", t -> newPillar(draftVersion))
                        .body(t -> params("lockVersion", String.valueOf(lockVersion(draftVersion)))));
        rule("GET " + draft + "/pillars/{pillarId}/criteria/new", admins());
        rule(
                "POST " + draft + "/pillars/{pillarId}/criteria/new",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "code",
                        "K" + (System.nanoTime() % 100000),
                        "textFr",
                        draftMarker,
                        "textEn",
                        draftMarker)));
        rule("GET " + draft + "/criteria/{criterionId}", admins());
        rule(
                "POST " + draft + "/criteria/{criterionId}",
                admins().body(t -> params(
                        "lockVersion",
                        String.valueOf(lockVersion(draftVersion)),
                        "code",
                        "Z1.1",
                        "textFr",
                        draftMarker + " critère",
                        "textEn",
                        draftMarker + " criterion")));
        rule(
                "POST " + draft + "/criteria/{criterionId}/move",
                admins().body(t ->
                        params("lockVersion", String.valueOf(lockVersion(draftVersion)), "direction", "down")));
        rule("GET " + draft + "/criteria/{criterionId}/remove", admins());
        rule(
                "POST " + draft + "/criteria/{criterionId}/remove",
                admins().var("criterionId", t -> newCriterion(draftVersion, draftPillar))
                        .body(t -> params("lockVersion", String.valueOf(lockVersion(draftVersion)))));
    }

    private long pillarOne() {
        return jdbc.sql("select id from pillar where framework_version_id = ? and code = '1'")
                .param(publishedVersion)
                .query(Long.class)
                .single();
    }

    private long reviewVersion(long assessment) {
        return jdbc.sql("select coalesce(max(version), 0) from assessment_review where assessment_id = ?")
                .param(assessment)
                .query(Long.class)
                .single();
    }

    private String[] scopeParams(long assessment) {
        Map<String, Object> answer = jdbc.sql(
                        "select criterion_id, version from answer where assessment_id = ? order by criterion_id limit 1")
                .param(assessment)
                .query()
                .singleRow();
        return params(
                "criteria[0].criterionId",
                String.valueOf(answer.get("criterion_id")),
                "criteria[0].version",
                String.valueOf(answer.get("version")),
                "criteria[0].notApplicable",
                "false",
                "criteria[0].priority",
                "HIGH");
    }

    private String[] pillarParams(long assessment) {
        List<String> values = new ArrayList<>();
        List<Map<String, Object>> answers = jdbc.sql("select a.criterion_id, a.version from answer a"
                        + " join pillar p on p.id = a.pillar_id where a.assessment_id = ? and p.code = '1'"
                        + " order by a.criterion_id")
                .param(assessment)
                .query()
                .listOfRows();
        for (int i = 0; i < answers.size(); i++) {
            values.addAll(List.of(
                    "answers[" + i + "].criterionId",
                    String.valueOf(answers.get(i).get("criterion_id")),
                    "answers[" + i + "].version",
                    String.valueOf(answers.get(i).get("version")),
                    "answers[" + i + "].rating",
                    "3",
                    "answers[" + i + "].evidence",
                    "Changé"));
        }
        return values.toArray(String[]::new);
    }

    private static String[] actionParams(String title, long version, User owner) {
        return params(
                "title",
                title,
                "description",
                "Texte",
                "priority",
                "HIGH",
                "owner",
                "member:" + owner.id(),
                "version",
                String.valueOf(version));
    }

    private static String[] organisationParams(String name) {
        return params("version", "0", "name", name, "province", "QC", "sizeBand", "SMALL");
    }

    private MockMultipartFile frameworkFile() {
        try {
            String yaml = Files.readString(Path.of("src/test/resources/framework-files/good/minimal.yaml"))
                    .replace("code: minimal-sample", "code: m" + System.nanoTime());
            return new MockMultipartFile(
                    "file", "framework.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] params(String... namesAndValues) {
        return namesAndValues;
    }

    // ------------------------------------------------------------------------------------------
    // The tests.
    // ------------------------------------------------------------------------------------------

    @Test
    void everyRouteHasARule() {
        Set<String> mapped = mappedRoutes();
        Set<String> withoutRule = new TreeSet<>(mapped);
        withoutRule.removeAll(rules.keySet());
        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(mapped);

        assertThat(withoutRule)
                .as("routes without a rule in AuthorisationMatrixTest: say who may use them")
                .isEmpty();
        assertThat(stale).as("rules for routes that no longer exist").isEmpty();
    }

    @Test
    void everyRouteAnswersEachUserAsItsRuleSaysAndShowsNothingOfAnotherTenant() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        long startedAt = System.nanoTime();
        long cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (Map.Entry<String, List<Case>> rule : rules.entrySet()) {
            String method = rule.getKey().substring(0, rule.getKey().indexOf(' '));
            String pattern = rule.getKey().substring(rule.getKey().indexOf(' ') + 1);
            for (Case c : rule.getValue()) {
                for (Side side : sides(c, pattern)) {
                    // Refusals first: the allowed requests may change what they act on.
                    for (Expect pass : List.of(Expect.LOGIN, Expect.DENY, Expect.ALLOW)) {
                        for (Who who : Who.values()) {
                            // Turned away before any id is read: once is enough.
                            boolean anonymousElsewhere = who == Who.ANONYMOUS && side != Side.OWN;
                            if (expect(c, who, side) != pass || anonymousElsewhere) {
                                continue;
                            }
                            requests++;
                            String failure = check(method, pattern, c, who, side, pass);
                            if (failure != null) {
                                failures.add(failure);
                            }
                        }
                    }
                }
            }
        }
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
        System.out.printf(
                "Authorisation matrix: %d requests in %d ms, %d ms CPU on the test thread%n",
                requests, (System.nanoTime() - startedAt) / 1_000_000, cpu / 1_000_000);
        assertThat(failures).as("%d requests", requests).isEmpty();
    }

    /** Otherwise "no marker in any body" would prove nothing. */
    @Test
    void theMarkersLookedForAreShownToThoseWhoMayReadThem() {
        assertThat(page(admin, "/organisations/" + foreign.organisation)).contains(foreign.marker);
        assertThat(page(foreign.staff, "/organisations/" + foreign.organisation + "/actions/" + foreign.staffAction))
                .contains(foreign.marker);
        assertThat(page(
                        own.coordinator,
                        "/organisations/" + own.organisation + "/assessments/" + own.submitted + "/report"))
                .contains(own.marker);
        assertThat(page(admin, "/frameworks/" + draftVersion)).contains(draftMarker);
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
                handlerMapping.getHandlerMethods().entrySet()) {
            if (handler.getValue().getBeanType().getPackageName().equals(TEST_SUPPORT_PACKAGE)) {
                continue;
            }
            RequestMappingInfo info = handler.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("* " + pattern);
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

    private static List<Side> sides(Case c, String pattern) {
        if (c.scope != Scope.ORGANISATION && c.scope != Scope.NETWORK) {
            return List.of(Side.OWN);
        }
        return childVariables(pattern).isEmpty()
                ? List.of(Side.OWN, Side.FOREIGN)
                : List.of(Side.OWN, Side.FOREIGN, Side.MIXED);
    }

    private static Expect expect(Case c, Who who, Side side) {
        if (c.scope == Scope.PUBLIC) {
            return Expect.ALLOW;
        }
        if (who == Who.ANONYMOUS) {
            return Expect.LOGIN;
        }
        if (c.scope == Scope.AUTHENTICATED) {
            return Expect.ALLOW;
        }
        if (side == Side.MIXED) {
            return Expect.DENY;
        }
        if (who == Who.ADMIN) {
            return c.allowed.contains(Who.ADMIN) ? Expect.ALLOW : Expect.DENY;
        }
        if (side == Side.FOREIGN) {
            return Expect.DENY;
        }
        return c.allowed.contains(who) ? Expect.ALLOW : Expect.DENY;
    }

    private User user(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case STAFF -> own.staff;
            case LEAD -> own.lead;
            case COORDINATOR -> own.coordinator;
            case ADMIN -> admin;
        };
    }

    private String check(String method, String pattern, Case c, Who who, Side side, Expect expected) {
        Target target = switch (side) {
            case OWN -> new Target(own, own);
            case FOREIGN -> new Target(foreign, foreign);
            case MIXED -> new Target(own, foreign);
        };
        String uri = uri(pattern, c, target, expected);
        String label = method + " " + pattern + " (" + uri + ") as " + who + " on " + side + " " + c.note + ": ";
        String[] body = c.body == null ? new String[0] : c.body.apply(target);
        User user = user(who);
        MvcTestResult result;
        if (c.upload != null) {
            var request = prepare(mvc.post().uri(uri).multipart().file(c.upload.apply(target)), method, body, user);
            StatementCounter.reset();
            result = request.exchange();
        } else {
            var request = prepare(
                    mvc.method(HttpMethod.valueOf(method.equals("*") ? "GET" : method))
                            .uri(uri),
                    method,
                    body,
                    user);
            StatementCounter.reset();
            result = request.exchange();
        }
        QueryCount count = QueryCountHolder.getGrandTotal();
        long writes = count.getInsert() + count.getUpdate() + count.getDelete();

        if (result.getUnresolvedException() != null) {
            return label + "failed with " + result.getUnresolvedException();
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        String problem = switch (expected) {
            case LOGIN ->
                toLogin
                        ? (writes == 0 ? null : "sent to /login but ran " + writes + " writes")
                        : "expected a redirect to /login, got " + status + " " + location;
            case DENY ->
                (status == 403
                                || status == 404
                                || (c.refusedWithMessage
                                        && side == Side.MIXED
                                        && status == 302
                                        && result.getMvcResult().getFlashMap().containsKey("flashError")))
                        ? (writes == 0 ? null : "refused (" + status + ") but ran " + writes + " writes")
                        : "expected 403 or 404, got " + status + (location == null ? "" : " to " + location)
                                + (writes == 0 ? "" : " after " + writes + " writes");
            case ALLOW -> {
                boolean ok = c.allowedStatus != null
                        ? c.allowedStatus.test(status)
                        : status >= 200 && status < 400 && !toLogin;
                yield ok
                        ? null
                        : "expected to be let through, got " + status + (location == null ? "" : " to " + location);
            }
        };
        if (problem == null) {
            problem = securityHeaders(response);
        }
        if (problem == null && who != Who.ADMIN) {
            problem = leak(response, side, expected);
        }
        return problem == null ? null : label + problem;
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B prepare(
            B request, String method, String[] body, User user) {
        request = request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "fr");
        if (!method.equals("GET") && !method.equals("*")) {
            request = request.with(csrf());
        }
        for (int i = 0; i < body.length; i += 2) {
            request = request.param(body[i], body[i + 1]);
        }
        return user == null ? request : request.with(as(user));
    }

    /** The headers every response must carry, whatever its status or content. */
    private static String securityHeaders(MockHttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        if (policy == null) {
            return "no Content-Security-Policy";
        }
        Matcher script = Pattern.compile("script-src ([^;]*)").matcher(policy);
        String scriptSources = script.find() ? script.group(1) : policyDefault(policy);
        if (scriptSources == null
                || scriptSources.contains("'unsafe-inline'")
                || scriptSources.contains("'unsafe-eval'")) {
            return "script-src allows inline script: " + policy;
        }
        if (!policy.contains("frame-ancestors 'none'") && !"DENY".equals(response.getHeader("X-Frame-Options"))) {
            return "framing is not refused";
        }
        if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
            return "no X-Content-Type-Options: nosniff";
        }
        if (response.getHeader("Referrer-Policy") == null) {
            return "no Referrer-Policy";
        }
        return null;
    }

    private static String policyDefault(String policy) {
        Matcher fallback = Pattern.compile("default-src ([^;]*)").matcher(policy);
        return fallback.find() ? fallback.group(1) : null;
    }

    /** The foreign tenant's words and the draft framework's words never reach someone who may not read them. */
    private String leak(MockHttpServletResponse response, Side side, Expect expected) {
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> hidden = new ArrayList<>(List.of(foreign.marker, draftMarker));
        if (expected != Expect.ALLOW) {
            // A refusal shows nothing of the tenant it was about either.
            hidden.add(own.marker);
        }
        for (String marker : hidden) {
            if (body.contains(marker)) {
                return "the body shows " + (marker.equals(draftMarker) ? "a draft framework" : "another tenant") + " ("
                        + marker + ")";
            }
        }
        return null;
    }

    private String uri(String pattern, Case c, Target target, Expect expected) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (c.vars != null) {
            values.putAll(c.vars.apply(target));
        }
        c.var.forEach((name, value) -> values.put(name, value.apply(target)));
        if (expected == Expect.ALLOW) {
            c.fresh.forEach((name, value) -> values.put(name, value.apply(target)));
        }
        List<String> children = childVariables(pattern);
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            Object value = values.containsKey(name) ? values.get(name) : defaultValue(pattern, name, target, children);
            variable.appendReplacement(uri, Matcher.quoteReplacement(String.valueOf(value)));
        }
        variable.appendTail(uri);
        return uri.toString();
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> NOT_IDS = Set.of("pillarCode", "table", "format", "extension", "token");

    /** The ids after the first one of a tenant's path: they name objects that belong to it. */
    private static List<String> childVariables(String pattern) {
        if (!pattern.startsWith("/organisations/{") && !pattern.startsWith("/networks/{")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            names.add(variable.group(1));
        }
        return names.stream().skip(1).filter(name -> !NOT_IDS.contains(name)).toList();
    }

    private Object defaultValue(String pattern, String name, Target target, List<String> children) {
        Tenant tenant = children.contains(name) ? target.child : target.parent;
        return switch (name) {
            case "organisationId" -> tenant.organisation;
            case "networkId" -> tenant.network;
            case "id" -> {
                if (pattern.startsWith("/organisations/")) {
                    yield tenant.organisation;
                } else if (pattern.startsWith("/networks/")) {
                    yield tenant.network;
                } else if (pattern.startsWith("/admin/frameworks/versions/")) {
                    yield draftVersion;
                } else if (pattern.startsWith("/frameworks/")) {
                    yield publishedVersion;
                }
                throw new IllegalStateException("No default for {id} in " + pattern);
            }
            case "assessmentId" -> tenant.submitted;
            case "actionId" -> tenant.staffAction;
            case "invitationId" -> tenant.invitation;
            case "memberId" -> tenant.staff.id();
            case "pillarCode" -> "1";
            case "token" -> UNKNOWN_TOKEN;
            case "pillarId" -> draftPillar;
            case "criterionId" -> draftCriterion;
            case "table" -> "heatmap";
            case "format", "extension" -> "csv";
            default -> throw new IllegalStateException("No value for {" + name + "} in " + pattern);
        };
    }

    // ------------------------------------------------------------------------------------------
    // The small language of the rules.
    // ------------------------------------------------------------------------------------------

    private record Target(Tenant parent, Tenant child) {}

    private void rule(String route, Case... cases) {
        if (rules.put(route, List.of(cases)) != null) {
            throw new IllegalStateException("Two rules for " + route);
        }
    }

    private static Case publicRoute() {
        return new Case(Scope.PUBLIC, EnumSet.allOf(Who.class));
    }

    private static Case authenticated() {
        return new Case(Scope.AUTHENTICATED, EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS)));
    }

    private static Case admins() {
        return new Case(Scope.ADMIN, EnumSet.of(Who.ADMIN));
    }

    private static Case organisation(Who... allowed) {
        return new Case(Scope.ORGANISATION, EnumSet.copyOf(Arrays.asList(allowed)));
    }

    private static Case network(Who... allowed) {
        return new Case(Scope.NETWORK, EnumSet.copyOf(Arrays.asList(allowed)));
    }

    /** Who may use a route, and with what: path values other than the defaults, a body, an upload. */
    private static final class Case {
        final Scope scope;
        final Set<Who> allowed;
        final Map<String, Function<Target, Object>> var = new LinkedHashMap<>();
        Function<Target, Map<String, Object>> vars;
        Function<Target, String[]> body;
        Function<Target, MockMultipartFile> upload;
        final Map<String, Function<Target, Object>> fresh = new LinkedHashMap<>();
        IntPredicate allowedStatus;
        boolean refusedWithMessage;
        String note = "";

        Case(Scope scope, Set<Who> allowed) {
            this.scope = scope;
            this.allowed = allowed;
        }

        /** A path value; a function that makes a new object gives each request its own. */
        Case var(String name, Function<Target, Object> value) {
            var.put(name, value);
            note = note + "{" + name + "} ";
            return this;
        }

        /** A path value made anew for each allowed request, which may use it up (delete, submit…). */
        Case fresh(String name, Function<Target, Object> value) {
            fresh.put(name, value);
            return this;
        }

        /**
         * A foreign object's id under the user's own tenant is turned back to the page with a
         * message, rather than with 403 or 404; still nothing changes.
         */
        Case refusedWithMessage() {
            refusedWithMessage = true;
            return this;
        }

        Case vars(Function<Target, Map<String, Object>> values) {
            vars = values;
            return this;
        }

        Case body(Function<Target, String[]> params) {
            body = params;
            return this;
        }

        Case upload(Function<Target, MockMultipartFile> file) {
            upload = file;
            return this;
        }

        /** What an allowed user gets, when it is not a page or a redirect (an unknown link: 404). */
        Case status(IntPredicate expected) {
            allowedStatus = expected;
            return this;
        }
    }
}

package ca.repere.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Admins create and edit networks and choose their member organisations; coordinators see the result. */
class NetworkAdminPagesTest extends IntegrationTest {

    @Autowired
    private OrganisationDirectory directory;

    private User admin;

    @BeforeEach
    void admin() {
        admin = data.user(Grant.admin());
    }

    @Test
    void createsANetworkAndRecordsIt() throws Exception {
        String name = TestData.unique("Table de concertation");

        MvcTestResult result = save("/admin/networks", "fr", name, "  Organismes de la région\nde Québec. ", 0);

        long id = jdbc.sql("select id from network where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/networks/" + id);
        assertThat(result).flash().containsEntry("flashSuccess", "network.admin.created");
        assertThat(directory.network(id).orElseThrow().description()).isEqualTo("Organismes de la région\nde Québec.");
        Map<String, Object> event = lastAuditEvent(id);
        assertThat(event).containsEntry("action", "network.created").containsEntry("subject_label", name);
        assertThat((String) event.get("after_state")).contains(name, "Organismes de la région");

        assertThat(mvc.get().uri("/admin/networks").with(as(admin))).bodyText().contains(name);
    }

    @Test
    void anEmptyDescriptionIsNone() {
        String name = TestData.unique("Sans description");
        save("/admin/networks", "fr", name, "   ", 0);

        assertThat(jdbc.sql("select description is null from network where name = ?")
                        .param(name)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void refusedFormSaysWhyInBothLanguagesAndKeepsWhatWasTyped() throws Exception {
        Document french = page(save("/admin/networks", "fr", " ", "Une description gardée", 0));
        assertThat(french.select("#name-error").text()).isEqualTo("Indiquez le nom du réseau.");
        assertThat(french.select("#description").text()).isEqualTo("Une description gardée");

        Document english = page(save("/admin/networks", "en", "Réseau", "d".repeat(1001), 0));
        assertThat(english.select("#description-error").text())
                .isEqualTo("The description is too long: 1000 characters at most.");
        assertThat(english.select("#name").val()).isEqualTo("Réseau");
        assertThat(english.select("[data-error-summary] a").attr("href")).isEqualTo("#description");
    }

    @Test
    void aNameAnotherNetworkHasIsRefused() throws Exception {
        long taken = data.network();
        String takenName = directory.network(taken).orElseThrow().name();
        long mine = data.network();

        Document created = page(save("/admin/networks", "en", takenName.toUpperCase(), null, 0));
        assertThat(created.select("#name-error").text())
                .isEqualTo("Another network already has this name (capitals aside). Choose another name.");

        Document renamed = page(save("/admin/networks/" + mine, "fr", takenName.toLowerCase(), null, version(mine)));
        assertThat(renamed.select("#name-error").text())
                .isEqualTo("Un autre réseau porte déjà ce nom (majuscules mises à part). Choisissez un autre nom.");
        assertThat(renamed.select("#name").val()).isEqualTo(takenName.toLowerCase());
    }

    @Test
    void editsTheNameAndDescriptionAndTheNetworkPageShowsThem() throws Exception {
        long member = data.organisation();
        long id = data.network(member);
        User coordinator = data.user(Grant.coordinatorOf(id));
        String before = directory.network(id).orElseThrow().name();
        String after = TestData.unique("Réseau renommé");

        Document form = page(
                mvc.get().uri("/admin/networks/{id}/edit", id).with(as(admin)).exchange());
        assertThat(form.select("#name").val()).isEqualTo(before);

        MvcTestResult saved = save("/admin/networks/" + id, "en", after, "Now with a description", version(id));

        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/networks/" + id);
        assertThat(mvc.get().uri("/networks/{id}", id).with(as(coordinator)))
                .hasStatusOk()
                .bodyText()
                .contains(after, "Now with a description")
                .doesNotContain(before);
        Map<String, Object> event = lastAuditEvent(id);
        assertThat(event).containsEntry("action", "network.updated");
        assertThat((String) event.get("before_state"))
                .isEqualTo("{\"name\": \"" + before + "\", \"description\": null}");
    }

    @Test
    void anEditOfANetworkSomeoneChangedMeanwhileIsRefusedAndKeepsWhatWasTyped() throws Exception {
        long id = data.network();
        long shown = version(id);
        String theirs = TestData.unique("Le leur");
        assertThat(save("/admin/networks/" + id, "en", theirs, null, shown)).hasStatus(HttpStatus.FOUND);

        String mine = TestData.unique("Le mien");
        MvcTestResult refused = save("/admin/networks/" + id, "fr", mine, "Ma description", shown);

        assertThat(refused).hasStatusOk();
        Document page = page(refused);
        assertThat(page.select("[data-error-summary]").text()).contains("Quelqu’un d’autre a modifié ce réseau");
        assertThat(page.select("#global").text()).contains(theirs);
        assertThat(page.select("#name").val()).isEqualTo(mine);
        assertThat(page.select("#description").text()).isEqualTo("Ma description");
        assertThat(directory.network(id).orElseThrow().name()).isEqualTo(theirs);
    }

    @Test
    void addingAndRemovingMembersShowsOnTheCoordinatorsNetworkPageAndIsRecorded() throws Exception {
        String name = TestData.unique("Nouveau membre");
        long organisation = data.organisation(name);
        long id = data.network(data.organisation());
        User coordinator = data.user(Grant.coordinatorOf(id));
        long versionBefore = version(id);

        Document page =
                page(mvc.get().uri("/admin/networks/{id}", id).with(as(admin)).exchange());
        assertThat(page.select("select[name=organisationId] option").eachText())
                .anyMatch(text -> text.startsWith(name));

        MvcTestResult added = member("/admin/networks/" + id + "/members", organisation);
        assertThat(added).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/networks/" + id);
        assertThat(added).flash().containsEntry("flashSuccess", "network.admin.members.added");
        assertThat(mvc.get().uri("/networks/{id}", id).with(as(coordinator)))
                .bodyText()
                .contains(name);
        assertThat(lastAuditEvent(id)).containsEntry("action", "network.member.added");
        assertThat((String) lastAuditEvent(id).get("after_state")).contains(name);
        // A member row is not an edit of the network: an edit form opened before stays valid.
        assertThat(version(id)).isEqualTo(versionBefore);

        Document afterAdding =
                page(mvc.get().uri("/admin/networks/{id}", id).with(as(admin)).exchange());
        assertThat(afterAdding.select("select[name=organisationId] option").eachText())
                .noneMatch(text -> text.startsWith(name));

        assertThat(member("/admin/networks/" + id + "/members", organisation))
                .flash()
                .containsEntry("flashError", "network.admin.members.already");

        Document confirm = page(mvc.get()
                .uri("/admin/networks/{id}/members/{o}/remove?lang=en", id, organisation)
                .with(as(admin))
                .exchange());
        assertThat(confirm.select("main").text()).contains("Remove " + name + " from the network");
        assertThat(confirm.select("main form").attr("action"))
                .isEqualTo("/admin/networks/" + id + "/members/" + organisation + "/remove");
        assertThat(directory.membersOf(id)).extracting(OrganisationSummary::id).contains(organisation);

        MvcTestResult removed = mvc.post()
                .uri("/admin/networks/{id}/members/{o}/remove", id, organisation)
                .with(as(admin))
                .with(csrf())
                .exchange();
        assertThat(removed).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/networks/" + id);
        assertThat(removed).flash().containsEntry("flashSuccess", "network.admin.members.removed");
        assertThat(mvc.get().uri("/networks/{id}", id).with(as(coordinator)))
                .bodyText()
                .doesNotContain(name);
        Map<String, Object> event = lastAuditEvent(id);
        assertThat(event).containsEntry("action", "network.member.removed");
        assertThat((String) event.get("before_state")).contains(name);
        assertThat((String) event.get("after_state")).isNull();

        MvcTestResult again = mvc.post()
                .uri("/admin/networks/{id}/members/{o}/remove", id, organisation)
                .with(as(admin))
                .with(csrf())
                .exchange();
        assertThat(again).flash().containsEntry("flashError", "network.admin.members.notMember");
    }

    @Test
    void aRemovalStartedOnTheOrganisationsPageGoesBackThere() throws Exception {
        long organisation = data.organisation();
        long id = data.network(organisation);

        Document organisationPage = page(mvc.get()
                .uri("/admin/organisations/{id}", organisation)
                .with(as(admin))
                .exchange());
        String link = organisationPage.select("a.btn-outline-danger").attr("href");
        assertThat(link).isEqualTo("/admin/networks/" + id + "/members/" + organisation + "/remove?from=organisation");
        Document confirm = page(mvc.get().uri(link).with(as(admin)).exchange());
        assertThat(confirm.select("main form input[name=from]").val()).isEqualTo("organisation");

        assertThat(mvc.post()
                        .uri("/admin/networks/{id}/members/{o}/remove", id, organisation)
                        .param("from", "organisation")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/admin/organisations/" + organisation);
        assertThat(directory.networksOf(organisation)).isEmpty();
    }

    @Test
    void addingWithoutChoosingOrAnUnknownOrganisationChangesNothing() {
        long id = data.network();

        assertThat(mvc.post()
                        .uri("/admin/networks/{id}/members", id)
                        .with(as(admin))
                        .with(csrf()))
                .flash()
                .containsEntry("flashError", "network.admin.members.chooseOne");
        assertThat(member("/admin/networks/" + id + "/members", 999_999_999L)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(member("/admin/networks/999999999/members", data.organisation()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(directory.membersOf(id)).isEmpty();
    }

    private MvcTestResult save(String uri, String language, String name, String description, long version) {
        var request = mvc.post()
                .uri(uri)
                .header("Accept-Language", language)
                .with(as(admin))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("name", name);
        if (description != null) {
            request = request.param("description", description);
        }
        return request.exchange();
    }

    private MvcTestResult member(String uri, long organisationId) {
        return mvc.post()
                .uri(uri)
                .with(as(admin))
                .with(csrf())
                .param("organisationId", String.valueOf(organisationId))
                .exchange();
    }

    private long version(long networkId) {
        return jdbc.sql("select version from network where id = ?")
                .param(networkId)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> lastAuditEvent(long networkId) {
        return jdbc.sql("""
                        select action, subject_label, before_state::text as before_state, after_state::text as after_state
                        from audit_event where subject_type = 'network' and subject_id = ? order by id desc limit 1
                        """).param(networkId).query().singleRow();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}

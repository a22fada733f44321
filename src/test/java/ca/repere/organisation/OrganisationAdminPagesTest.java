package ca.repere.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Admins create, find and edit organisations; a refused form says why and keeps what was typed. */
class OrganisationAdminPagesTest extends IntegrationTest {

    @Autowired
    private OrganisationDirectory directory;

    private User admin;

    @BeforeEach
    void admin() {
        admin = data.user(Grant.admin());
    }

    @Test
    void createsAnOrganisationWithItsWholeProfileAndRecordsItInTheAuditTrail() throws Exception {
        String name = TestData.unique("Centre d’accueil");

        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .with(as(admin))
                .with(csrf())
                .param("version", "0")
                .param("name", "  " + name + " ")
                .param("province", "NS")
                .param("sizeBand", "MEDIUM")
                .param("paidStaffCount", "30")
                .param("volunteerCount", "0")
                .param("serviceAreas", "CITIZENSHIP", "REFUGEE_CLAIMS")
                .param("_serviceAreas", "on")
                .param("_newcomerFocused", "on")
                .exchange();

        long id = jdbc.sql("select id from organisation where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/organisations/" + id);
        assertThat(result).flash().containsEntry("flashSuccess", "organisation.admin.created");
        OrganisationProfile profile = directory.profile(id).orElseThrow();
        assertThat(profile.province()).isEqualTo(Province.NS);
        assertThat(profile.sizeBand()).isEqualTo(SizeBand.MEDIUM);
        assertThat(profile.paidStaffCount()).isEqualTo(30);
        assertThat(profile.volunteerCount()).isZero();
        assertThat(profile.serviceAreas()).containsExactly(ServiceArea.REFUGEE_CLAIMS, ServiceArea.CITIZENSHIP);
        assertThat(profile.newcomerFocused()).isFalse();

        Map<String, Object> event = lastAuditEvent("organisation", id);
        assertThat(event).containsEntry("action", "organisation.created").containsEntry("subject_label", name);
        assertThat((String) event.get("before_state")).isNull();
        assertThat((String) event.get("after_state"))
                .contains("\"province\": \"NS\"", "\"paidStaffCount\": 30", "\"CITIZENSHIP\"");
        assertThat((Long) event.get("actor_id")).isEqualTo(admin.id());

        assertThat(mvc.get()
                        .uri("/admin/organisations/{id}", id)
                        .with(as(admin))
                        .header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains(name, "Nova Scotia", "Citizenship", "Refugee claims", "30 paid staff, no volunteers");
    }

    @Test
    void newFormStartsEmptyWithNewcomerFocusChecked() throws Exception {
        Document page =
                page(mvc.get().uri("/admin/organisations/new").with(as(admin)).exchange());

        assertThat(page.select("#name").val()).isEmpty();
        assertThat(page.select("#province option[selected]").val()).isEmpty();
        assertThat(page.select("#newcomerFocused1").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=serviceAreas]")).hasSize(ServiceArea.values().length);
        assertThat(page.select("main form").attr("action")).isEqualTo("/admin/organisations");
    }

    @Test
    void refusedFormSaysWhyInFrenchAndKeepsWhatWasTyped() throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .header("Accept-Language", "fr")
                .with(as(admin))
                .with(csrf())
                .param("name", "   ")
                .param("province", "")
                .param("sizeBand", "SMALL")
                .param("paidStaffCount", "-3")
                .param("volunteerCount", "beaucoup")
                .param("serviceAreas", "FAMILY_REUNIFICATION")
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.select("#name-error").text()).isEqualTo("Indiquez le nom de l’organisme.");
        assertThat(page.select("#province-error").text()).isEqualTo("Choisissez la province ou le territoire.");
        assertThat(page.select("#paidStaffCount-error").text())
                .isEqualTo("Personnel rémunéré : indiquez un nombre entre 0 et 100000.");
        assertThat(page.select("#volunteerCount-error").text())
                .isEqualTo("Bénévoles : indiquez un nombre entier, 0 ou plus (par exemple 12).");
        assertThat(page.select("[data-error-summary] li")).hasSize(4);
        assertThat(page.select("#sizeBand option[selected]").val()).isEqualTo("SMALL");
        assertThat(page.select("#paidStaffCount").val()).isEqualTo("-3");
        assertThat(page.select("#volunteerCount").val()).isEqualTo("beaucoup");
        assertThat(page.select("input[name=serviceAreas][checked]").eachAttr("value"))
                .containsExactly("FAMILY_REUNIFICATION");
    }

    @Test
    void refusedFormSaysWhyInEnglish() throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .header("Accept-Language", "en")
                .with(as(admin))
                .with(csrf())
                .param("name", "x".repeat(201))
                .param("province", "QC")
                .param("sizeBand", "")
                .param("paidStaffCount", "")
                .param("volunteerCount", "100001")
                .exchange();

        Document page = page(result);
        assertThat(page.select("#name-error").text()).isEqualTo("The name is too long: 200 characters at most.");
        assertThat(page.select("#sizeBand-error").text()).isEqualTo("Choose the size.");
        assertThat(page.select("#paidStaffCount-error").text())
                .isEqualTo("Enter the number of paid staff (0 if volunteers only).");
        assertThat(page.select("#volunteerCount-error").text())
                .isEqualTo("Volunteers: enter a number from 0 to 100000.");
        assertThat(page.select("#name").val()).hasSize(201);
        assertThat(page.select("#province option[selected]").val()).isEqualTo("QC");
    }

    @Test
    void aNameAnotherOrganisationHasIsRefusedWhateverItsCapitals() throws Exception {
        String taken = TestData.unique("Maison Commune");
        data.organisation(taken);
        long mine = data.organisation();

        MvcTestResult created = post("/admin/organisations", "en", form(taken.toUpperCase(), 0));
        assertThat(created).hasStatusOk();
        assertThat(page(created).select("#name-error").text())
                .isEqualTo("Another organization already has this name (capitals aside). Choose another name.");
        assertThat(page(created).select("#name").val()).isEqualTo(taken.toUpperCase());

        MvcTestResult renamed =
                post("/admin/organisations/" + mine, "fr", form(" " + taken.toLowerCase() + " ", version(mine)));
        assertThat(renamed).hasStatusOk();
        assertThat(page(renamed).select("#name-error").text())
                .isEqualTo("Un autre organisme porte déjà ce nom (majuscules mises à part). Choisissez un autre nom.");
        assertThat(jdbc.sql("select count(*) from organisation where lower(name) = lower(?)")
                        .param(taken)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void editFormShowsTheSavedProfileAndSavingRecordsOnlyWhatChanged() throws Exception {
        long id = data.organisation();
        String name = directory.profile(id).orElseThrow().name();

        Document form = page(mvc.get()
                .uri("/admin/organisations/{id}/edit", id)
                .with(as(admin))
                .exchange());
        assertThat(form.select("#name").val()).isEqualTo(name);
        assertThat(form.select("#province option[selected]").val()).isEqualTo("QC");
        assertThat(form.select("#paidStaffCount").val()).isEqualTo("5");
        assertThat(form.select("input[name=serviceAreas][checked]").eachAttr("value"))
                .containsExactly("REFUGEE_CLAIMS");
        assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(version(id)));

        Map<String, List<String>> changed = form(name, version(id));
        changed.put("province", List.of("ON"));
        changed.put("volunteerCount", List.of("12"));
        MvcTestResult saved = post("/admin/organisations/" + id, "en", changed);

        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/organisations/" + id);
        assertThat(saved).flash().containsEntry("flashSuccess", "organisation.admin.saved");
        assertThat(directory.profile(id).orElseThrow().province()).isEqualTo(Province.ON);
        Map<String, Object> event = lastAuditEvent("organisation", id);
        assertThat(event).containsEntry("action", "organisation.updated");
        assertThat((String) event.get("before_state")).isEqualTo("{\"province\": \"QC\", \"volunteerCount\": 10}");
        assertThat((String) event.get("after_state")).isEqualTo("{\"province\": \"ON\", \"volunteerCount\": 12}");
    }

    @Test
    void savingAnUnchangedProfileRecordsNothingAndKeepsTheVersion() throws Exception {
        long id = data.organisation();
        long version = version(id);

        MvcTestResult saved = post(
                "/admin/organisations/" + id,
                "en",
                form(directory.profile(id).orElseThrow().name(), version));

        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(version(id)).isEqualTo(version);
        assertThat(auditEvents("organisation", id)).isZero();
    }

    @Test
    void anEditOfAProfileSomeoneChangedMeanwhileIsRefusedAndKeepsWhatWasTyped() throws Exception {
        long id = data.organisation();
        String original = directory.profile(id).orElseThrow().name();
        long shown = version(id);
        // Another admin saves first.
        Map<String, List<String>> theirs = form(original + " (Montréal)", shown);
        assertThat(post("/admin/organisations/" + id, "en", theirs)).hasStatus(HttpStatus.FOUND);

        Map<String, List<String>> mine = form(original + " (Laval)", shown);
        mine.put("volunteerCount", List.of("77"));
        MvcTestResult refused = post("/admin/organisations/" + id, "en", mine);

        assertThat(refused).hasStatusOk();
        Document page = page(refused);
        assertThat(page.select("[data-error-summary]").text())
                .contains("Someone else changed this organization after you opened the form.");
        assertThat(page.select("[data-error-summary] a").attr("href")).isEqualTo("#global");
        assertThat(page.select("#global").text()).contains("What is saved now:", original + " (Montréal)");
        assertThat(page.select("#name").val()).isEqualTo(original + " (Laval)");
        assertThat(page.select("#volunteerCount").val()).isEqualTo("77");
        assertThat(directory.profile(id).orElseThrow().name()).isEqualTo(original + " (Montréal)");

        // The form now carries the current version: sending it again replaces theirs on purpose.
        String newVersion = page.select("input[name=version]").val();
        assertThat(newVersion).isEqualTo(String.valueOf(version(id)));
        mine.put("version", List.of(newVersion));
        assertThat(post("/admin/organisations/" + id, "fr", mine)).hasStatus(HttpStatus.FOUND);
        assertThat(directory.profile(id).orElseThrow().name()).isEqualTo(original + " (Laval)");
    }

    @Test
    void aRenameShowsOnPagesThatKeepTheNameInMemory() throws Exception {
        String before = TestData.unique("Ancien nom");
        long id = data.organisation(before);
        // The action plan's page names its organisation through the directory's remembered names.
        assertThat(mvc.get().uri("/organisations/{id}/actions", id).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(before);
        assertThat(directory.name(id)).contains(before);

        String after = TestData.unique("Nouveau nom");
        assertThat(post("/admin/organisations/" + id, "fr", form(after, version(id))))
                .hasStatus(HttpStatus.FOUND);

        assertThat(directory.name(id)).contains(after);
        assertThat(mvc.get().uri("/organisations/{id}/actions", id).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(after)
                .doesNotContain(before);
        assertThat(mvc.get().uri("/organisations/{id}/assessments", id).with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(after)
                .doesNotContain(before);
    }

    @Test
    void listFindsOrganisationsByPartOfTheirNameProvinceAndSize() throws Exception {
        String prefix = TestData.unique("Filtre");
        long quebec = directory.createOrganisation(profile(prefix + " Alpha", Province.QC, SizeBand.SMALL));
        directory.createOrganisation(profile(prefix + " Beta", Province.ON, SizeBand.SMALL));
        directory.createOrganisation(profile(prefix + " Gamma", Province.QC, SizeBand.LARGE));
        data.network(quebec);

        Document byName = page(mvc.get()
                .uri("/admin/organisations?q={q}", prefix.toUpperCase())
                .with(as(admin))
                .exchange());
        assertThat(byName.select("tbody td:first-child a").eachText())
                .containsExactly(prefix + " Alpha", prefix + " Beta", prefix + " Gamma");

        Document filtered = page(mvc.get()
                .uri("/admin/organisations?q={q}&province=QC&size=SMALL&lang=en", prefix)
                .with(as(admin))
                .exchange());
        assertThat(filtered.select("tbody tr")).hasSize(1);
        assertThat(filtered.select("tbody tr").text()).contains(prefix + " Alpha", "Quebec", "Small");
        assertThat(filtered.select("tbody td.text-end").text()).isEqualTo("1");
        assertThat(filtered.select("#province option[selected]").val()).isEqualTo("QC");
        assertThat(filtered.select("#q").val()).isEqualTo(prefix);

        // Without a filter, every organisation is counted (the first page shows 25 of them).
        long all =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();
        Document unfiltered = page(
                mvc.get().uri("/admin/organisations?lang=en").with(as(admin)).exchange());
        assertThat(unfiltered.select("p[role=status]").text())
                .contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH)
                        .format(all));
        assertThat(unfiltered.select("tbody tr")).hasSize((int) Math.min(all, 25));
        assertThat(mvc.get()
                        .uri("/admin/organisations?province=ON&size=SMALL&q=")
                        .with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(prefix + " Beta")
                .doesNotContain(prefix + " Alpha");

        Document none = page(mvc.get()
                .uri("/admin/organisations?q={q}&province=YT&lang=en", prefix)
                .with(as(admin))
                .exchange());
        assertThat(none.select("tbody").text()).isEqualTo("No organization matches these filters.");
    }

    @Test
    void searchTakesPercentAndUnderscoreLiterallyAndIgnoresUnknownFilterValues() throws Exception {
        String prefix = TestData.unique("Joker");
        directory.createOrganisation(profile(prefix + " 100% bénévole", Province.QC, SizeBand.MICRO));
        directory.createOrganisation(profile(prefix + " 1000 bénévoles", Province.QC, SizeBand.MICRO));

        assertThat(mvc.get().uri("/admin/organisations?q={q}", prefix + " 100%").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(prefix + " 100% bénévole")
                .doesNotContain(prefix + " 1000 bénévoles");
        assertThat(mvc.get()
                        .uri("/admin/organisations?q={q}&province=XX&size=HUGE&page=-4", prefix + " 1_0")
                        .with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(prefix + " 100");
    }

    @Test
    void aLongListIsCutIntoPagesThatKeepTheFilters() throws Exception {
        String prefix = TestData.unique("Page");
        for (int i = 0; i < OrganisationAdministration.PAGE_SIZE + 2; i++) {
            directory.createOrganisation(profile(prefix + " " + (char) ('a' + i), Province.MB, SizeBand.MICRO));
        }

        Document first = page(mvc.get()
                .uri("/admin/organisations?q={q}&province=MB&lang=en", prefix)
                .with(as(admin))
                .exchange());
        assertThat(first.select("tbody tr")).hasSize(OrganisationAdministration.PAGE_SIZE);
        assertThat(first.text()).contains("27 organizations", "Page 1 of 2");
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("province=MB").contains("page=1");

        Document second = page(
                mvc.get().uri("/admin/organisations" + next).with(as(admin)).exchange());
        assertThat(second.select("tbody td:first-child a").eachText())
                .containsExactly(prefix + " " + (char) ('a' + 25), prefix + " " + (char) ('a' + 26));
        assertThat(second.select("a[rel=prev]").attr("href")).contains("page=0");
    }

    @Test
    void organisationPageShowsItsMembersAndNetworksAndJoinsAnotherNetwork() throws Exception {
        long id = data.organisation();
        long joined = data.network(id);
        long other = data.network();
        User lead = data.user(Grant.leadOf(id));
        String otherName = directory.network(other).orElseThrow().name();

        Document page = page(mvc.get()
                .uri("/admin/organisations/{id}?lang=en", id)
                .with(as(admin))
                .exchange());
        assertThat(page.select("#networks-title + ul a").eachText())
                .containsExactly(directory.network(joined).orElseThrow().name(), "Remove from this network");
        assertThat(page.select("select[name=networkId] option").eachText()).contains(otherName);
        assertThat(page.select("section[aria-labelledby=members-title]").text())
                .contains(lead.email(), "Organization lead");

        MvcTestResult added = mvc.post()
                .uri("/admin/organisations/{id}/networks", id)
                .with(as(admin))
                .with(csrf())
                .param("networkId", String.valueOf(other))
                .exchange();
        assertThat(added).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/organisations/" + id);
        assertThat(added).flash().containsEntry("flashSuccess", "organisation.admin.networks.added");
        assertThat(directory.networksOf(id)).extracting(NetworkSummary::id).contains(joined, other);
        assertThat(lastAuditEvent("network", other)).containsEntry("action", "network.member.added");

        MvcTestResult nothingChosen = mvc.post()
                .uri("/admin/organisations/{id}/networks", id)
                .with(as(admin))
                .with(csrf())
                .exchange();
        assertThat(nothingChosen).flash().containsEntry("flashError", "organisation.admin.networks.chooseOne");
    }

    @Test
    void unknownOrganisationIsNotFound() {
        assertThat(mvc.get().uri("/admin/organisations/{id}", 999_999_999L).with(as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/organisations/{id}/edit", 999_999_999L).with(as(admin)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}", 999_999_999L)
                        .with(as(admin))
                        .with(csrf())
                        .params(toParams(form("Personne", 0))))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult post(String uri, String language, Map<String, List<String>> form) {
        return mvc.post()
                .uri(uri)
                .header("Accept-Language", language)
                .with(as(admin))
                .with(csrf())
                .params(toParams(form))
                .exchange();
    }

    /** A complete, valid form as the browser would send it, as data.organisation() made it. */
    private static Map<String, List<String>> form(String name, long version) {
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        form.put("version", List.of(String.valueOf(version)));
        form.put("name", List.of(name));
        form.put("province", List.of("QC"));
        form.put("sizeBand", List.of("SMALL"));
        form.put("paidStaffCount", List.of("5"));
        form.put("volunteerCount", List.of("10"));
        form.put("serviceAreas", List.of("REFUGEE_CLAIMS"));
        form.put("_serviceAreas", List.of("on"));
        form.put("newcomerFocused", List.of("true"));
        form.put("_newcomerFocused", List.of("on"));
        return form;
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(Map<String, List<String>> form) {
        return new org.springframework.util.LinkedMultiValueMap<>(form);
    }

    private static OrganisationProfile profile(String name, Province province, SizeBand size) {
        return new OrganisationProfile(name, province, size, 1, 2, java.util.Set.of(), true);
    }

    private long version(long organisationId) {
        return jdbc.sql("select version from organisation where id = ?")
                .param(organisationId)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> lastAuditEvent(String subjectType, long subjectId) {
        return jdbc.sql("""
                        select action, subject_label, actor_id, before_state::text as before_state,
                               after_state::text as after_state
                        from audit_event where subject_type = ? and subject_id = ? order by id desc limit 1
                        """).params(subjectType, subjectId).query().singleRow();
    }

    private int auditEvents(String subjectType, long subjectId) {
        return jdbc.sql("select count(*) from audit_event where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId)
                .query(Integer.class)
                .single();
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}

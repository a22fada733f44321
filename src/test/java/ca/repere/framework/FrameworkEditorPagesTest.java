package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.shared.i18n.LocalizedText;
import ca.repere.support.TestData.User;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The editor's pages over MockMvc: they render in both languages, refuse everyone but admins,
 * list a draft's problems where they are, keep what was typed when a form fails or was saved over
 * someone else's change, and work without JavaScript (plain links and POST buttons).
 */
class FrameworkEditorPagesTest extends FrameworkEditorTestSupport {

    private static final String BASE = "/admin/frameworks";

    @Test
    void everyEditorPageRendersForAnAdminInFrenchAndEnglish() {
        long published = publishedFramework();
        long draft = copy(published);
        PillarView pillar = draft(draft).content().pillars().get(1);
        CriterionView criterion = pillar.criteria().get(0);
        String version = BASE + "/versions/" + draft;

        for (String language : List.of("fr", "en")) {
            for (String path : List.of(
                    BASE,
                    BASE + "/new",
                    BASE + "/versions/" + published + "/copy",
                    BASE + "/versions/" + published + "/retire",
                    version,
                    version + "/preview",
                    version + "/details",
                    version + "/scale",
                    version + "/pillars/new",
                    version + "/pillars/" + pillar.id(),
                    version + "/pillars/" + pillar.id() + "/remove",
                    version + "/pillars/" + pillar.id() + "/criteria/new",
                    version + "/criteria/" + criterion.id(),
                    version + "/criteria/" + criterion.id() + "/remove",
                    version + "/publish",
                    version + "/delete")) {
                MvcTestResult page = mvc.get()
                        .uri(path + "?lang=" + language)
                        .with(as(admin()))
                        .exchange();
                assertThat(page).as(path + " " + language).hasStatusOk();
                assertThat(body(page)).as(path + " " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void everyEditorRouteRefusesAnyoneButAnAdminAndSendsTheAnonymousToLogIn() {
        long organisation = data.organisation();
        long network = data.network(organisation);
        long published = publishedFramework();
        long draft = copy(published);
        PillarView pillar = draft(draft).content().pillars().get(0);
        long criterion = pillar.criteria().get(0).id();
        String version = BASE + "/versions/" + draft;
        List<String> reads = List.of(
                BASE,
                BASE + "/new",
                BASE + "/versions/" + published + "/copy",
                BASE + "/versions/" + published + "/retire",
                version,
                version + "/preview",
                version + "/details",
                version + "/scale",
                version + "/pillars/new",
                version + "/pillars/" + pillar.id(),
                version + "/pillars/" + pillar.id() + "/remove",
                version + "/pillars/" + pillar.id() + "/criteria/new",
                version + "/criteria/" + criterion,
                version + "/criteria/" + criterion + "/remove",
                version + "/publish",
                version + "/delete");
        List<String> writes = List.of(
                BASE + "/new",
                BASE + "/versions/" + published + "/copy",
                BASE + "/versions/" + published + "/retire",
                version + "/details",
                version + "/scale",
                version + "/pillars/new",
                version + "/pillars/" + pillar.id(),
                version + "/pillars/" + pillar.id() + "/move",
                version + "/pillars/" + pillar.id() + "/remove",
                version + "/pillars/" + pillar.id() + "/criteria/new",
                version + "/criteria/" + criterion,
                version + "/criteria/" + criterion + "/move",
                version + "/criteria/" + criterion + "/remove",
                version + "/publish",
                version + "/delete");
        List<User> others = List.of(
                data.user(Grant.leadOf(organisation)),
                data.user(Grant.staffOf(organisation)),
                data.user(Grant.coordinatorOf(network)));
        long lock = draft(draft).lockVersion();

        List<String> leaks = new ArrayList<>();
        for (User user : others) {
            for (String path : reads) {
                check(leaks, "GET " + path, mvc.get().uri(path).with(as(user)).exchange(), HttpStatus.FORBIDDEN);
            }
            for (String path : writes) {
                MvcTestResult result = mvc.post()
                        .uri(path)
                        .param("lockVersion", String.valueOf(lock))
                        .param("direction", "up")
                        .param("label", "x")
                        .with(as(user))
                        .with(csrf())
                        .exchange();
                check(leaks, "POST " + path, result, HttpStatus.FORBIDDEN);
            }
        }
        for (String path : reads) {
            MvcTestResult result = mvc.get().uri(path).exchange();
            check(leaks, "anonymous GET " + path, result, HttpStatus.FOUND);
            if (result.getResponse().getStatus() == 302) {
                assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
            }
        }
        for (String path : writes) {
            MvcTestResult result = mvc.post()
                    .uri(path)
                    .param("lockVersion", String.valueOf(lock))
                    .with(csrf())
                    .exchange();
            check(leaks, "anonymous POST " + path, result, HttpStatus.FOUND);
        }

        assertThat(leaks).isEmpty();
        // Nothing was changed by all those attempts.
        assertThat(draft(draft).lockVersion()).isEqualTo(lock);
        assertThat(library.version(published, false).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
    }

    @Test
    void theDraftPageListsEveryProblemWhereItIsInFrenchAndEnglish() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        PillarView pillar2 = view.content().pillars().get(1);
        CriterionView criterion23 = pillar2.criteria().get(2);
        asAdmin(() -> editor.editCriterion(
                draft,
                criterion23.id(),
                view.lockVersion(),
                new FrameworkEditor.CriterionEdit(
                        "2.3",
                        java.math.BigDecimal.ONE,
                        LocalizedText.of(criterion23.text().fr(), " "),
                        null)));
        asAdmin(() -> editor.addPillar(
                draft,
                draft(draft).lockVersion(),
                new FrameworkEditor.PillarEdit(
                        "5", java.math.BigDecimal.ONE, LocalizedText.of("", "Fifth"), LocalizedText.of("R", "O"))));

        Document french = html(mvc.get()
                .uri(BASE + "/versions/" + draft + "?lang=fr")
                .with(as(admin()))
                .exchange());
        Document english = html(mvc.get()
                .uri(BASE + "/versions/" + draft + "?lang=en")
                .with(as(admin()))
                .exchange());

        assertThat(texts(french, "#problems-title")).containsExactly("3 problèmes à régler avant de publier");
        assertThat(texts(french, ".draft-problems li").stream()
                        .map(text -> text.replace('\u00a0', ' '))
                        .toList())
                .containsExactly(
                        "Pilier 2, critère 2.3, texte en anglais : Valeur obligatoire manquante.",
                        "Pilier 5, titre en français : Valeur obligatoire manquante.",
                        "Pilier 5, ses critères : Le pilier doit compter au moins un critère.");
        assertThat(texts(english, ".draft-problems li"))
                .containsExactly(
                        "Pillar 2, criterion 2.3, text in English: A required value is missing.",
                        "Pillar 5, title in French: A required value is missing.",
                        "Pillar 5, its criteria: The pillar needs at least one criterion.");
        assertThat(english.select(".draft-problems a").eachAttr("href").get(0))
                .endsWith(BASE + "/versions/" + draft + "/criteria/" + criterion23.id() + "#textEn");
        assertThat(english.getElementById("textEn"))
                .as("the page has no such field itself")
                .isNull();
        assertThat(html(mvc.get()
                                .uri(BASE + "/versions/" + draft + "/criteria/" + criterion23.id())
                                .with(as(admin()))
                                .exchange())
                        .getElementById("textEn"))
                .as("the link's target field")
                .isNotNull();
        // Publishing is refused while problems remain, whatever the form says.
        assertThat(html(mvc.get()
                                .uri(BASE + "/versions/" + draft + "/publish?lang=en")
                                .with(as(admin()))
                                .exchange())
                        .select("button:contains(Publish)"))
                .isEmpty();
        MvcTestResult publish = mvc.post()
                .uri(BASE + "/versions/" + draft + "/publish")
                .param("lockVersion", String.valueOf(draft(draft).lockVersion()))
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(publish).hasRedirectedUrl(BASE + "/versions/" + draft);
        assertThat(publish).flash().containsEntry("flashError", "framework.editor.publish.hasProblems");
        assertThat(draft(draft).content().status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aFormThatFailsComesBackWithEveryErrorInTheReadersLanguageAndWhatWasTyped() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        CriterionView criterion = view.content().pillars().get(0).criteria().get(1);
        String path = BASE + "/versions/" + draft + "/criteria/" + criterion.id();

        for (String language : List.of("fr", "en")) {
            MvcTestResult result = mvc.post()
                    .uri(path)
                    .header("Accept-Language", language)
                    .param("lockVersion", String.valueOf(view.lockVersion()))
                    .param("code", "1.1")
                    .param("weight", "lourd")
                    .param("textFr", "Ce que j’ai tapé")
                    .param("textEn", "What I typed")
                    .with(as(admin()))
                    .with(csrf())
                    .exchange();

            assertThat(result).hasStatusOk();
            Document page = html(result);
            assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactlyInAnyOrder("#weight");
            assertThat(page.select(".error-summary li").text())
                    .isEqualTo(
                            language.equals("fr")
                                    ? "Le poids doit être un nombre supérieur à 0 et inférieur à 1000, avec au plus trois décimales."
                                    : "The weight must be a number above 0 and below 1000, with at most three decimals.");
            assertThat(page.getElementById("textFr").text()).isEqualTo("Ce que j’ai tapé");
            assertThat(page.getElementById("weight").val()).isEqualTo("lourd");
        }
        MvcTestResult duplicate = mvc.post()
                .uri(path)
                .header("Accept-Language", "en")
                .param("lockVersion", String.valueOf(view.lockVersion()))
                .param("code", "1.1")
                .param("weight", "0")
                .param("textFr", "Ce que j’ai tapé")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(texts(html(duplicate), ".error-summary li"))
                .containsExactly(
                        "The code 1.1 is already used elsewhere in this version.",
                        "The weight must be a number above 0 and below 1000, with at most three decimals.");
        assertThat(draft(draft).lockVersion()).as("nothing saved").isEqualTo(view.lockVersion());
        assertThat(draft(draft).criterion(criterion.id())).isEqualTo(criterion);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndWhatWasTypedComesBackBesideWhatIsSaved() {
        long draft = copy(publishedFramework());
        DraftView seen = draft(draft);
        PillarView pillar = seen.content().pillars().get(2);
        String path = BASE + "/versions/" + draft + "/pillars/" + pillar.id();
        // Someone else saves the pillar after the form was opened.
        assertThat(mvc.post()
                        .uri(path)
                        .param("lockVersion", String.valueOf(seen.lockVersion()))
                        .param("code", pillar.code())
                        .param("weight", "1")
                        .param("titleFr", "Leur titre")
                        .param("titleEn", pillar.title().en())
                        .param("outcomeFr", pillar.outcome().fr())
                        .param("outcomeEn", pillar.outcome().en())
                        .with(as(data.user(Grant.admin())))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        for (String language : List.of("fr", "en")) {
            MvcTestResult mine = mvc.post()
                    .uri(path)
                    .header("Accept-Language", language)
                    .param("lockVersion", String.valueOf(seen.lockVersion()))
                    .param("code", pillar.code())
                    .param("weight", "1,5")
                    .param("titleFr", "Mon titre")
                    .param("titleEn", pillar.title().en())
                    .param("outcomeFr", pillar.outcome().fr())
                    .param("outcomeEn", pillar.outcome().en())
                    .with(as(admin()))
                    .with(csrf())
                    .exchange();

            assertThat(mine).hasStatusOk();
            Document page = html(mine);
            assertThat(page.select("#conflict-title").text())
                    .isEqualTo(
                            language.equals("fr")
                                    ? "Quelqu’un d’autre a modifié ce brouillon entre-temps"
                                    : "Someone else changed this draft meanwhile");
            assertThat(page.getElementById("titleFr").val()).isEqualTo("Mon titre");
            assertThat(page.getElementById("weight").val()).isEqualTo("1,5");
            assertThat(page.select(".saved-meanwhile").eachText())
                    .as("what is saved now, where it differs")
                    .hasSize(2)
                    .anySatisfy(text -> assertThat(text).endsWith("Leur titre"))
                    .anySatisfy(text -> assertThat(text).endsWith("1"));
            assertThat(page.select("input[name=lockVersion]").val())
                    .as("saving again replaces theirs knowingly")
                    .isEqualTo(String.valueOf(draft(draft).lockVersion()));
        }
        assertThat(draft(draft).pillar(pillar.id()).title().fr()).isEqualTo("Leur titre");
    }

    @Test
    void moveButtonsArePlainFormsThatWorkWithoutJavaScript() {
        long draft = copy(publishedFramework());
        DraftView view = draft(draft);
        PillarView pillar3 = view.content().pillars().get(2);
        Document page = html(mvc.get()
                .uri(BASE + "/versions/" + draft + "?lang=en")
                .with(as(admin()))
                .exchange());
        Element form = page.selectFirst("form[action$=/pillars/" + pillar3.id() + "/move]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("button[name=direction]").eachAttr("value")).containsExactly("up", "down");
        assertThat(form.select("button[value=up]").attr("aria-label")).isEqualTo("Move up pillar 3");
        assertThat(page.selectFirst("form[action$=/pillars/"
                                + view.content().pillars().get(0).id() + "/move]")
                        .select("button[value=up]")
                        .hasAttr("disabled"))
                .as("the first cannot go up")
                .isTrue();

        MvcTestResult moved = mvc.post()
                .uri(form.attr("action"))
                .param("lockVersion", form.select("input[name=lockVersion]").val())
                .param("direction", "up")
                .with(as(admin()))
                .with(csrf())
                .exchange();

        assertThat(moved).hasRedirectedUrl(BASE + "/versions/" + draft + "#pillar-" + pillar3.id());
        assertThat(draft(draft).content().pillars())
                .extracting(PillarView::code)
                .containsExactly("1", "3", "2", "4");
        // The same button pressed again from the old page: refused, the page shows the draft as it is.
        MvcTestResult stale = mvc.post()
                .uri(form.attr("action"))
                .param("lockVersion", form.select("input[name=lockVersion]").val())
                .param("direction", "up")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(stale).hasRedirectedUrl(BASE + "/versions/" + draft);
        assertThat(stale).flash().containsEntry("flashError", "framework.editor.conflict.page");
        assertThat(draft(draft).content().pillars())
                .extracting(PillarView::code)
                .containsExactly("1", "3", "2", "4");
    }

    @Test
    void theRatingScaleFormAddsRemovesAndRefusesTwoLevelsWithOneValue() {
        long draft = copy(publishedFramework());
        String path = BASE + "/versions/" + draft + "/scale";
        Document form = html(mvc.get().uri(path).with(as(admin())).exchange());
        assertThat(form.select("fieldset.scale-level"))
                .as("5 levels and an empty one")
                .hasSize(6);
        long lock = draft(draft).lockVersion();

        MvcTestResult duplicate = mvc.post()
                .uri(path)
                .header("Accept-Language", "en")
                .param("lockVersion", String.valueOf(lock))
                .param("levels[0].value", "0")
                .param("levels[0].labelFr", "Non")
                .param("levels[0].labelEn", "No")
                .param("levels[1].value", "0")
                .param("levels[1].labelFr", "Zéro")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(texts(html(duplicate), ".error-summary li"))
                .containsExactly("Another level already has this value.");
        assertThat(html(duplicate).getElementById("levels1.labelFr").val()).isEqualTo("Zéro");

        MvcTestResult saved = mvc.post()
                .uri(path)
                .param("lockVersion", String.valueOf(lock))
                .param("levels[0].value", "0")
                .param("levels[0].labelFr", "Non")
                .param("levels[0].labelEn", "No")
                .param("levels[0].descriptionFr", "Rien")
                .param("levels[0].descriptionEn", "Nothing")
                .param("levels[1].value", "1")
                .param("levels[1].remove", "true")
                .param("levels[2].value", "10")
                .param("levels[2].labelFr", "Tout")
                .param("levels[2].labelEn", "All")
                .param("levels[2].descriptionFr", "Partout")
                .param("levels[2].descriptionEn", "Everywhere")
                .param("levels[3].value", " ")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(saved).hasRedirectedUrl(BASE + "/versions/" + draft + "#scale");
        assertThat(draft(draft).content().ratingScale())
                .extracting(level -> level.value() + " " + level.label().en())
                .containsExactly("0 No", "10 All");
    }

    @Test
    void thePreviewIsTheFrameworkPageStaffSeeMarkedAsADraft() {
        long draft = copy(publishedFramework());

        Document preview = html(mvc.get()
                .uri(BASE + "/versions/" + draft + "/preview?lang=en")
                .with(as(admin()))
                .exchange());

        assertThat(preview.select(".draft-preview").text()).startsWith("Preview of a draft");
        assertThat(preview.select("section.pillar")).hasSize(4);
        assertThat(preview.select("section.pillar li.criterion")).hasSize(19);
        assertThat(preview.select("#rating-scale")).hasSize(1);
    }

    @Test
    void anAdminPublishesRetiresAndDeletesThroughThePagesAfterConfirming() {
        long published = publishedFramework();
        String code = library.pinnedVersion(published).frameworkCode();
        MvcTestResult copied = mvc.post()
                .uri(BASE + "/versions/" + published + "/copy")
                .param("label", "2027")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(copied).hasStatus3xxRedirection();
        long draft = Long.parseLong(copied.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        MvcTestResult sameLabel = mvc.post()
                .uri(BASE + "/versions/" + published + "/copy")
                .header("Accept-Language", "en")
                .param("label", "2027")
                .with(as(admin()))
                .with(csrf())
                .exchange();
        assertThat(texts(html(sameLabel), ".error-summary li"))
                .containsExactly("This framework already has a version with this label.");

        Document confirm = html(mvc.get()
                .uri(BASE + "/versions/" + draft + "/publish?lang=en")
                .with(as(admin()))
                .exchange());
        assertThat(confirm.select("main form button").text()).isEqualTo("Publish");
        assertThat(confirm.select(".version-changes").text())
                .isEqualTo("Compared with version v1 No change: this draft is the same as that version.");
        assertThat(mvc.post()
                        .uri(BASE + "/versions/" + draft + "/publish")
                        .param(
                                "lockVersion",
                                confirm.select("input[name=lockVersion]").val())
                        .with(as(admin()))
                        .with(csrf()))
                .hasRedirectedUrl(BASE);
        assertThat(library.publishedVersions())
                .filteredOn(version -> version.frameworkCode().equals(code))
                .extracting(FrameworkVersionSummary::label)
                .containsExactly("2027", "v1");

        Document retire = html(mvc.get()
                .uri(BASE + "/versions/" + published + "/retire?lang=en")
                .with(as(admin()))
                .exchange());
        assertThat(retire.select("main p").eachText())
                .contains("New self-assessments will no longer be offered version v1. No self-assessment uses it.");
        assertThat(mvc.post()
                        .uri(BASE + "/versions/" + published + "/retire")
                        .with(as(admin()))
                        .with(csrf()))
                .hasRedirectedUrl(BASE);
        assertThat(library.pinnedVersion(published).status()).isEqualTo(VersionStatus.RETIRED);

        Document library =
                html(mvc.get().uri(BASE + "?lang=en").with(as(admin())).exchange());
        Element section = library.getElementById("framework-" + code);
        assertThat(section.select("tbody tr th").eachText()).containsExactly("2027 copy of version v1", "v1");
        assertThat(section.select("tbody tr td .status-badge").eachText()).containsExactly("Published", "Retired");
        assertThat(section.select("tbody tr").first().text()).contains("Offered by default for new self-assessments");

        long other = copy(draft);
        Document delete = html(mvc.get()
                .uri(BASE + "/versions/" + other + "/delete?lang=en")
                .with(as(admin()))
                .exchange());
        assertThat(delete.select("h1").text()).startsWith("Delete draft");
        assertThat(mvc.post()
                        .uri(BASE + "/versions/" + other + "/delete")
                        .param(
                                "lockVersion",
                                delete.select("input[name=lockVersion]").val())
                        .with(as(admin()))
                        .with(csrf()))
                .hasRedirectedUrl(BASE);
        assertThat(mvc.get().uri(BASE + "/versions/" + other).with(as(admin()))).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static void check(List<String> leaks, String what, MvcTestResult result, HttpStatus expected) {
        int status = result.getResponse().getStatus();
        if (status != expected.value()) {
            leaks.add(what + " → " + status);
        }
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document html(MvcTestResult result) {
        return Jsoup.parse(body(result));
    }

    static List<String> texts(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }
}

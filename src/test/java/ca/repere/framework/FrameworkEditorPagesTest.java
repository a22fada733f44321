package ca.repere.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ca.repere.account.Grant;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
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

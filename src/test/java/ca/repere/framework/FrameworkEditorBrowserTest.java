package ca.repere.framework;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * An admin edits a framework in a real browser, in French and in English: a new draft from a
 * published version, a text removed and the problem it makes followed to its field, a pillar
 * moved, the preview, then publication. Elements are found by their accessible names, so the
 * test also checks that they have one. Screenshots go to {@code target/screenshots/editor-*}.
 */
class FrameworkEditorBrowserTest extends BrowserTest {

    @Autowired
    FrameworkImporter importer;

    @Autowired
    FrameworkFileReader reader;

    @Autowired
    MessageSource messages;

    private Locale locale;

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdminCopiesEditsPreviewsAndPublishesAVersion(Language language) {
        locale = language.locale();
        String prefix = "editor-" + language.code() + "-";
        String code = TestData.unique("browser").toLowerCase();
        importer.importPublished(framework(code));
        User admin = data.user(language, Grant.admin());
        page.navigate("/login?lang=" + language.code());
        login(page, admin.email(), TestData.PASSWORD);

        page.navigate("/admin/frameworks");
        screenshot(page, prefix + "library");
        Locator section = page.locator("#framework-" + code);
        section.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(text("framework.editor.library.copyLabel", "v1")))
                .click();
        page.getByLabel(text("framework.editor.field.label.label")).fill("v2");
        screenshot(page, prefix + "copy");
        button(text("framework.editor.copy.submit")).click();

        assertThat(heading(text(
                        "framework.editor.draft.title",
                        (language == Language.FR ? "Cadre " : "Framework ") + code,
                        "v2")))
                .isVisible();
        assertThat(page.locator("#problems-title")).hasText(text("framework.editor.problems.none.title"));
        screenshot(page, prefix + "draft");

        // The English text of criterion 1.2 goes: the draft can no longer be published, and says where.
        link(text("framework.editor.criterion.editLabel", "1.2")).click();
        page.locator("#textEn").fill("");
        screenshot(page, prefix + "criterion");
        button(text("framework.editor.save")).click();
        Locator problem = page.locator(".draft-problems a");
        assertThat(problem).hasCount(1);
        screenshot(page, prefix + "draft-with-problem");
        problem.click();
        assertThat(page.locator("#textEn")).isVisible();
        page.locator("#textEn").fill("Rewritten in English");
        button(text("framework.editor.save")).click();
        assertThat(page.locator("#problems-title")).hasText(text("framework.editor.problems.none.title"));

        // Another admin saves criterion 1.3 while this one edits it: this save is refused, keeps
        // what was typed, shows what is saved now; saving again replaces it knowingly.
        link(text("framework.editor.criterion.editLabel", "1.3")).click();
        Page other = newContext(DEFAULT_LOCALE).newPage();
        login(other, data.user(language, Grant.admin()).email(), TestData.PASSWORD);
        other.navigate(page.url());
        other.locator("#textEn").fill("Their English text");
        other.locator("main button[type=submit]").click();
        page.locator("#textEn").fill("My English text");
        button(text("framework.editor.save")).click();
        assertThat(page.locator("#conflict-title")).hasText(text("framework.editor.conflict.title"));
        assertThat(page.locator("#textEn")).hasValue("My English text");
        assertThat(page.locator(".saved-meanwhile")).containsText("Their English text");
        screenshot(page, prefix + "conflict");
        button(text("framework.editor.save")).click();
        assertThat(page.locator(".alert-success").first()).hasText(text("framework.editor.saved"));

        // Pillar 3 moves above pillar 2, with a plain form button.
        button(text("framework.editor.pillar.moveUpLabel", "3")).click();
        assertThat(page.locator(".editor-pillar h3 span:first-child")).hasText(new String[] {
            text("framework.editor.pillar.heading", "1"),
            text("framework.editor.pillar.heading", "3"),
            text("framework.editor.pillar.heading", "2"),
            text("framework.editor.pillar.heading", "4")
        });

        link(text("framework.editor.scale.edit")).click();
        screenshot(page, prefix + "scale");
        page.goBack();
        link(text("framework.editor.details.edit")).click();
        screenshot(page, prefix + "details");
        page.goBack();

        link(text("framework.editor.preview")).first().click();
        assertThat(page.locator(".draft-preview")).isVisible();
        screenshot(page, prefix + "preview");
        link(text("framework.editor.backToDraft")).click();

        link(text("framework.editor.publish.link")).click();
        screenshot(page, prefix + "publish");
        button(text("framework.editor.publish.button")).click();
        assertThat(page.locator(".alert-success")).hasText(text("framework.editor.published"));
        assertThat(page.locator("#framework-" + code + " .status-badge"))
                .hasText(new String[] {text("framework.status.PUBLISHED"), text("framework.status.PUBLISHED")});
        screenshot(page, prefix + "library-after");

        // On a phone, the draft page does not scroll sideways.
        page.setViewportSize(390, 844);
        page.navigate("/admin/frameworks");
        assertNoHorizontalScroll(page);
    }

    private FrameworkFile framework(String code) {
        try (InputStream content = new ClassPathResource("frameworks/ccr-cleo-2021.yaml").getInputStream()) {
            FrameworkFile ccrCleo = reader.read(content).file();
            return new FrameworkFile(
                    code,
                    "v1",
                    new FrameworkFile.Text("Cadre " + code, "Framework " + code),
                    ccrCleo.source(),
                    ccrCleo.description(),
                    ccrCleo.ratingScale(),
                    ccrCleo.pillars());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

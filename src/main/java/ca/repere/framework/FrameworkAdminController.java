package ca.repere.framework;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import ca.repere.framework.Confirmation.Message;
import ca.repere.shared.i18n.LocalizedText;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' framework library: every framework and version with its use, new frameworks and new
 * drafts, a draft's page, its preview, and the lifecycle (publish, retire, delete a draft). The
 * forms that edit a draft's content are {@link DraftEditorController}'s.
 */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkAdminController {

    static final String BASE = "/admin/frameworks";

    private final FrameworkEditor editor;
    private final ZoneId zone;

    FrameworkAdminController(FrameworkEditor editor, @Value("${repere.time-zone:America/Toronto}") String zone) {
        this.editor = editor;
        this.zone = ZoneId.of(zone);
    }

    /** Every page here is for admins; the security configuration and the editor check as well. */
    @ModelAttribute
    void requireAdmin() {
        Admins.require();
    }

    static String draftPage(long versionId) {
        return BASE + "/versions/" + versionId;
    }

    @GetMapping
    String library(Model model) {
        model.addAttribute("frameworks", editor.library());
        return "framework/admin/library";
    }

    // ------------------------------------------------------------------ new framework, new draft

    @GetMapping("/new")
    String newFrameworkForm(Model model) {
        NewFrameworkForm form = new NewFrameworkForm();
        form.setLabel(LocalDate.now(zone).toString());
        model.addAttribute("form", form);
        return "framework/admin/new-framework";
    }

    @PostMapping("/new")
    String createFramework(
            @Valid @ModelAttribute("form") NewFrameworkForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "framework/admin/new-framework";
        }
        try {
            long draft = editor.createFramework(form.toCommand());
            redirect.addFlashAttribute("flashSuccess", "framework.editor.created");
            return "redirect:" + draftPage(draft);
        } catch (EditRefusedException refused) {
            DraftEditorController.reject(errors, refused);
            return "framework/admin/new-framework";
        }
    }

    @GetMapping("/versions/{id}/copy")
    String copyForm(@PathVariable long id, Model model) {
        NewDraftForm form = new NewDraftForm();
        form.setLabel(LocalDate.now(zone).toString());
        return copyPage(id, form, model);
    }

    @PostMapping("/versions/{id}/copy")
    String copy(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NewDraftForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long draft = editor.copyToDraft(id, EditorForms.strip(form.getLabel()));
                redirect.addFlashAttribute("flashSuccess", "framework.editor.draftCreated");
                return "redirect:" + draftPage(draft);
            } catch (EditRefusedException refused) {
                DraftEditorController.reject(errors, refused);
            }
        }
        return copyPage(id, form, model);
    }

    private String copyPage(long id, NewDraftForm form, Model model) {
        Located source = locate(id);
        if (source.version().status() == VersionStatus.DRAFT) {
            throw new NotEditableException("framework.editor.error.copyOfDraft");
        }
        model.addAttribute("framework", source.framework());
        model.addAttribute("source", source.version());
        model.addAttribute("form", form);
        return "framework/admin/copy";
    }

    // ------------------------------------------------------------------ a draft

    /** A draft's page; any other version is read on the framework browser's page. */
    @GetMapping("/versions/{id}")
    String draft(@PathVariable long id, Model model) {
        if (locate(id).version().status() != VersionStatus.DRAFT) {
            return "redirect:/frameworks/" + id;
        }
        model.addAttribute("draft", editor.draft(id));
        return "framework/admin/draft";
    }

    /** The draft as staff will see it once published: the framework browser's own page. */
    @GetMapping("/versions/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        DraftView draft = editor.draft(id);
        model.addAttribute("version", draft.content());
        model.addAttribute("preview", draft);
        return "framework/version";
    }

    @GetMapping("/versions/{id}/publish")
    String confirmPublish(@PathVariable long id, Model model) {
        model.addAttribute("draft", editor.draft(id));
        model.addAttribute("otherPublished", otherPublished(locate(id)));
        model.addAttribute("changes", editor.changesSinceBase(id).orElse(null));
        return "framework/admin/publish";
    }

    @PostMapping("/versions/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long lockVersion, RedirectAttributes redirect) {
        try {
            editor.publish(id, lockVersion);
        } catch (EditRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.reasons().get(0).messageKey());
            return "redirect:" + draftPage(id);
        }
        redirect.addFlashAttribute("flashSuccess", "framework.editor.published");
        return "redirect:" + BASE;
    }

    @GetMapping("/versions/{id}/retire")
    String confirmRetire(@PathVariable long id, Model model, Locale locale) {
        Located located = locate(id);
        if (located.version().status() != VersionStatus.PUBLISHED) {
            throw new NotEditableException("framework.editor.error.notPublished");
        }
        List<Message> body = new ArrayList<>();
        body.add(Message.of(
                "framework.editor.retire.effect",
                located.version().label(),
                located.version().assessmentCount()));
        if (otherPublished(located).isEmpty()) {
            body.add(Message.of("framework.editor.retire.lastPublished", name(located.framework(), locale)));
        }
        model.addAttribute(
                "confirm",
                new Confirmation(
                        Message.of(
                                "framework.editor.retire.title",
                                name(located.framework(), locale),
                                located.version().label()),
                        body,
                        BASE + "/versions/" + id + "/retire",
                        "framework.editor.retire.button",
                        null,
                        BASE));
        return "framework/admin/confirm";
    }

    @PostMapping("/versions/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        editor.retire(id);
        redirect.addFlashAttribute("flashSuccess", "framework.editor.retired");
        return "redirect:" + BASE;
    }

    @GetMapping("/versions/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, Locale locale) {
        DraftView draft = editor.draft(id);
        Located located = locate(id);
        List<Message> body = new ArrayList<>();
        body.add(Message.of(
                "framework.editor.delete.effect",
                draft.content().pillars().size(),
                draft.content().criterionCount()));
        if (located.framework().versions().size() == 1) {
            body.add(Message.of(
                    "framework.editor.delete.frameworkToo",
                    name(located.framework(), locale),
                    located.framework().code()));
        }
        model.addAttribute(
                "confirm",
                new Confirmation(
                        Message.of(
                                "framework.editor.delete.title",
                                draft.content().frameworkName().in(locale),
                                draft.content().label()),
                        body,
                        BASE + "/versions/" + id + "/delete",
                        "framework.editor.delete.button",
                        draft.lockVersion(),
                        draftPage(id)));
        model.addAttribute("draft", draft);
        return "framework/admin/confirm";
    }

    @PostMapping("/versions/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long lockVersion, RedirectAttributes redirect) {
        editor.deleteDraft(id, lockVersion);
        redirect.addFlashAttribute("flashSuccess", "framework.editor.deleted");
        return "redirect:" + BASE;
    }

    // ------------------------------------------------------------------ helpers

    record Located(LibraryEntry framework, LibraryEntry.Version version) {}

    private Located locate(long versionId) {
        for (LibraryEntry framework : editor.library()) {
            for (LibraryEntry.Version version : framework.versions()) {
                if (version.id() == versionId) {
                    return new Located(framework, version);
                }
            }
        }
        throw new ResponseStatusException(NOT_FOUND);
    }

    /** The framework's other published versions: those new assessments may still choose. */
    private static List<LibraryEntry.Version> otherPublished(Located located) {
        return located.framework().versions().stream()
                .filter(version -> version.status() == VersionStatus.PUBLISHED
                        && version.id() != located.version().id())
                .toList();
    }

    private static String name(LibraryEntry framework, Locale locale) {
        LocalizedText name = framework.name();
        return name.in(locale);
    }
}

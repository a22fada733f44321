package ca.repere.framework;

import ca.repere.framework.Confirmation.Message;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The forms that change a draft's content: its own texts, the rating scale, pillars and criteria
 * (add, edit, move, remove). A form that fails comes back with what was typed; a form saved over
 * someone else's change comes back with what was typed beside what is saved now.
 */
@Controller
@RequestMapping("/admin/frameworks/versions/{id}")
class DraftEditorController {

    private final FrameworkEditor editor;

    DraftEditorController(FrameworkEditor editor) {
        this.editor = editor;
    }

    @ModelAttribute
    void requireAdmin() {
        Admins.require();
    }

    /** Every reason the editor gave, on the field it concerns (or the whole form). */
    static void reject(BindingResult errors, EditRefusedException refused) {
        for (EditRefusedException.Reason reason : refused.reasons()) {
            if (reason.field() == null) {
                errors.reject(reason.messageKey(), reason.arguments(), null);
            } else {
                errors.rejectValue(reason.field(), reason.messageKey(), reason.arguments(), null);
            }
        }
    }

    // ------------------------------------------------------------------ the draft's own texts

    @GetMapping("/details")
    String detailsForm(@PathVariable long id, Model model) {
        DraftView draft = editor.draft(id);
        return detailsPage(draft, DetailsForm.of(draft), model);
    }

    @PostMapping("/details")
    String saveDetails(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DraftView draft = editor.draft(id);
        if (!errors.hasErrors()) {
            try {
                editor.editDetails(id, form.getLockVersion(), form.toDetails(draft.frameworkNameEditable()));
                return saved(redirect, id, "details");
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                draft = editor.draft(id);
                form.setLockVersion(draft.lockVersion());
                conflict(model, id, DetailsForm.of(draft));
            }
        }
        return detailsPage(draft, form, model);
    }

    private String detailsPage(DraftView draft, DetailsForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        return "framework/admin/details";
    }

    // ------------------------------------------------------------------ rating scale

    @GetMapping("/scale")
    String scaleForm(@PathVariable long id, Model model) {
        DraftView draft = editor.draft(id);
        return scalePage(draft, RatingScaleForm.of(draft), model);
    }

    @PostMapping("/scale")
    String saveScale(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RatingScaleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        List<FrameworkEditor.LevelEdit> levels = form.toLevels(errors);
        if (!errors.hasErrors()) {
            try {
                editor.saveRatingScale(id, form.getLockVersion(), levels);
                return saved(redirect, id, "scale");
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                DraftView draft = editor.draft(id);
                form.setLockVersion(draft.lockVersion());
                conflict(model, id, draft.content().ratingScale());
            }
        }
        return scalePage(editor.draft(id), form.withEmptyRow(), model);
    }

    private String scalePage(DraftView draft, RatingScaleForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        return "framework/admin/scale";
    }

    // ------------------------------------------------------------------ pillars

    @GetMapping("/pillars/new")
    String newPillarForm(@PathVariable long id, Model model) {
        DraftView draft = editor.draft(id);
        PillarForm form = new PillarForm();
        form.setLockVersion(draft.lockVersion());
        form.setCode(String.valueOf(draft.content().pillars().size() + 1));
        return pillarPage(draft, null, form, model);
    }

    @PostMapping("/pillars/new")
    String addPillar(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PillarForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BigDecimal weight = EditorForms.weight(form.getWeight(), errors);
        if (!errors.hasErrors()) {
            try {
                long pillar = editor.addPillar(id, form.getLockVersion(), form.toEdit(weight));
                return saved(redirect, id, "pillar-" + pillar);
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                // Nothing of theirs is overwritten by an addition: take the new count and let them save again.
                form.setLockVersion(editor.draft(id).lockVersion());
                conflict(model, id, null);
            }
        }
        return pillarPage(editor.draft(id), null, form, model);
    }

    @GetMapping("/pillars/{pillarId}")
    String pillarForm(@PathVariable long id, @PathVariable long pillarId, Model model) {
        DraftView draft = editor.draft(id);
        PillarView pillar = found(draft.pillar(pillarId));
        return pillarPage(draft, pillar, PillarForm.of(pillar, draft.lockVersion()), model);
    }

    @PostMapping("/pillars/{pillarId}")
    String savePillar(
            @PathVariable long id,
            @PathVariable long pillarId,
            @Valid @ModelAttribute("form") PillarForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BigDecimal weight = EditorForms.weight(form.getWeight(), errors);
        if (!errors.hasErrors()) {
            try {
                editor.editPillar(id, pillarId, form.getLockVersion(), form.toEdit(weight));
                return saved(redirect, id, "pillar-" + pillarId);
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                DraftView draft = editor.draft(id);
                PillarView current = draft.pillar(pillarId);
                if (current == null) {
                    return gone(redirect, id);
                }
                form.setLockVersion(draft.lockVersion());
                conflict(model, id, PillarForm.of(current, draft.lockVersion()));
            }
        }
        DraftView draft = editor.draft(id);
        return pillarPage(draft, found(draft.pillar(pillarId)), form, model);
    }

    private String pillarPage(DraftView draft, PillarView pillar, PillarForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("pillar", pillar);
        model.addAttribute("form", form);
        return "framework/admin/pillar";
    }

    @PostMapping("/pillars/{pillarId}/move")
    String movePillar(
            @PathVariable long id,
            @PathVariable long pillarId,
            @RequestParam long lockVersion,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        editor.movePillar(id, pillarId, lockVersion, direction(direction));
        redirect.addFlashAttribute("flashSuccess", "framework.editor.moved");
        return "redirect:" + FrameworkAdminController.draftPage(id) + "#pillar-" + pillarId;
    }

    @GetMapping("/pillars/{pillarId}/remove")
    String confirmRemovePillar(@PathVariable long id, @PathVariable long pillarId, Model model, Locale locale) {
        DraftView draft = editor.draft(id);
        PillarView pillar = found(draft.pillar(pillarId));
        model.addAttribute(
                "confirm",
                new Confirmation(
                        Message.of(
                                "framework.editor.removePillar.title",
                                pillar.code(),
                                pillar.title().in(locale)),
                        List.of(Message.of(
                                "framework.editor.removePillar.effect",
                                pillar.criteria().size())),
                        FrameworkAdminController.draftPage(id) + "/pillars/" + pillarId + "/remove",
                        "framework.editor.remove.button",
                        draft.lockVersion(),
                        FrameworkAdminController.draftPage(id) + "#pillar-" + pillarId));
        model.addAttribute("draft", draft);
        return "framework/admin/confirm";
    }

    @PostMapping("/pillars/{pillarId}/remove")
    String removePillar(
            @PathVariable long id,
            @PathVariable long pillarId,
            @RequestParam long lockVersion,
            RedirectAttributes redirect) {
        editor.removePillar(id, pillarId, lockVersion);
        redirect.addFlashAttribute("flashSuccess", "framework.editor.removed");
        return "redirect:" + FrameworkAdminController.draftPage(id) + "#pillars";
    }

    // ------------------------------------------------------------------ criteria

    @GetMapping("/pillars/{pillarId}/criteria/new")
    String newCriterionForm(@PathVariable long id, @PathVariable long pillarId, Model model) {
        DraftView draft = editor.draft(id);
        PillarView pillar = found(draft.pillar(pillarId));
        CriterionForm form = new CriterionForm();
        form.setLockVersion(draft.lockVersion());
        form.setCode(pillar.code() + "." + (pillar.criteria().size() + 1));
        return criterionPage(draft, pillar, null, form, model);
    }

    @PostMapping("/pillars/{pillarId}/criteria/new")
    String addCriterion(
            @PathVariable long id,
            @PathVariable long pillarId,
            @Valid @ModelAttribute("form") CriterionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BigDecimal weight = EditorForms.weight(form.getWeight(), errors);
        if (!errors.hasErrors()) {
            try {
                long criterion = editor.addCriterion(id, pillarId, form.getLockVersion(), form.toEdit(weight));
                return saved(redirect, id, "criterion-" + criterion);
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                DraftView draft = editor.draft(id);
                if (draft.pillar(pillarId) == null) {
                    return gone(redirect, id);
                }
                form.setLockVersion(draft.lockVersion());
                conflict(model, id, null);
            }
        }
        DraftView draft = editor.draft(id);
        return criterionPage(draft, found(draft.pillar(pillarId)), null, form, model);
    }

    @GetMapping("/criteria/{criterionId}")
    String criterionForm(@PathVariable long id, @PathVariable long criterionId, Model model) {
        DraftView draft = editor.draft(id);
        CriterionView criterion = found(draft.criterion(criterionId));
        return criterionPage(
                draft, draft.pillarOf(criterionId), criterion, CriterionForm.of(criterion, draft.lockVersion()), model);
    }

    @PostMapping("/criteria/{criterionId}")
    String saveCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @Valid @ModelAttribute("form") CriterionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BigDecimal weight = EditorForms.weight(form.getWeight(), errors);
        if (!errors.hasErrors()) {
            try {
                editor.editCriterion(id, criterionId, form.getLockVersion(), form.toEdit(weight));
                return saved(redirect, id, "criterion-" + criterionId);
            } catch (EditRefusedException refused) {
                reject(errors, refused);
            } catch (DraftChangedException | ObjectOptimisticLockingFailureException changed) {
                DraftView draft = editor.draft(id);
                CriterionView current = draft.criterion(criterionId);
                if (current == null) {
                    return gone(redirect, id);
                }
                form.setLockVersion(draft.lockVersion());
                conflict(model, id, CriterionForm.of(current, draft.lockVersion()));
            }
        }
        DraftView draft = editor.draft(id);
        CriterionView criterion = found(draft.criterion(criterionId));
        return criterionPage(draft, draft.pillarOf(criterionId), criterion, form, model);
    }

    private String criterionPage(
            DraftView draft, PillarView pillar, CriterionView criterion, CriterionForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("pillar", pillar);
        model.addAttribute("criterion", criterion);
        model.addAttribute("form", form);
        return "framework/admin/criterion";
    }

    @PostMapping("/criteria/{criterionId}/move")
    String moveCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam long lockVersion,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        editor.moveCriterion(id, criterionId, lockVersion, direction(direction));
        redirect.addFlashAttribute("flashSuccess", "framework.editor.moved");
        return "redirect:" + FrameworkAdminController.draftPage(id) + "#criterion-" + criterionId;
    }

    @GetMapping("/criteria/{criterionId}/remove")
    String confirmRemoveCriterion(@PathVariable long id, @PathVariable long criterionId, Model model) {
        DraftView draft = editor.draft(id);
        CriterionView criterion = found(draft.criterion(criterionId));
        PillarView pillar = draft.pillarOf(criterionId);
        model.addAttribute(
                "confirm",
                new Confirmation(
                        Message.of("framework.editor.removeCriterion.title", criterion.code()),
                        List.of(Message.of("framework.editor.removeCriterion.effect", criterion.code())),
                        FrameworkAdminController.draftPage(id) + "/criteria/" + criterionId + "/remove",
                        "framework.editor.remove.button",
                        draft.lockVersion(),
                        FrameworkAdminController.draftPage(id) + "#pillar-" + pillar.id()));
        model.addAttribute("draft", draft);
        model.addAttribute("quote", criterion.text());
        return "framework/admin/confirm";
    }

    @PostMapping("/criteria/{criterionId}/remove")
    String removeCriterion(
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam long lockVersion,
            RedirectAttributes redirect) {
        editor.removeCriterion(id, criterionId, lockVersion);
        redirect.addFlashAttribute("flashSuccess", "framework.editor.removed");
        return "redirect:" + FrameworkAdminController.draftPage(id) + "#pillars";
    }

    // ------------------------------------------------------------------ helpers

    private static String saved(RedirectAttributes redirect, long id, String anchor) {
        redirect.addFlashAttribute("flashSuccess", "framework.editor.saved");
        return "redirect:" + FrameworkAdminController.draftPage(id) + "#" + anchor;
    }

    private static String gone(RedirectAttributes redirect, long id) {
        redirect.addFlashAttribute("flashError", "framework.editor.conflict.gone");
        return "redirect:" + FrameworkAdminController.draftPage(id);
    }

    /** The form comes back with what was typed; {@code saved}, when given, is what the draft holds now. */
    private void conflict(Model model, long id, Object saved) {
        model.addAttribute("conflict", true);
        model.addAttribute("saved", saved);
        model.addAttribute("lastChange", editor.lastChange(id).orElse(null));
    }

    private static int direction(String direction) {
        return switch (direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        };
    }

    private static <T> T found(T item) {
        if (item == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return item;
    }
}

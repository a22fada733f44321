package ca.repere.assessment;

import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkLibrary;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One page per pillar: rate each applicable criterion, say what is in place and what is missing,
 * discuss. Comments are fields of the same form, so posting one never drops unsaved answers.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/assessments/{assessmentId}")
class PillarController {

    private static final String BASE = AssessmentController.TASK_LIST;

    private final AssessmentQueries queries;
    private final AssessmentService service;
    private final MessageSource messages;
    private final ObjectProvider<OpenActions> openActions;
    private final FrameworkLibrary frameworks;

    PillarController(
            AssessmentQueries queries,
            AssessmentService service,
            MessageSource messages,
            ObjectProvider<OpenActions> openActions,
            FrameworkLibrary frameworks) {
        this.queries = queries;
        this.service = service;
        this.messages = messages;
        this.openActions = openActions;
        this.frameworks = frameworks;
    }

    @GetMapping("/pillars/{pillarCode}")
    String pillar(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @PathVariable String pillarCode,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model) {
        AssessmentPages.PillarPage page = queries.pillarPage(user, organisationId, assessmentId, pillarCode);
        model.addAttribute("page", page);
        model.addAttribute("form", PillarAnswersForm.of(page));
        addTexts(page, locale, model);
        addOpenActions(user, page, model);
        return "assessment/pillar";
    }

    /**
     * Saves the page in one transaction, then goes where the person asked: the next pillar, the
     * previous one, or the task list. A conflict or an invalid field shows the page again with
     * everything typed still there.
     */
    @PostMapping("/pillars/{pillarCode}")
    String save(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @PathVariable String pillarCode,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") PillarAnswersForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "stay") String then,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            SaveOutcome outcome = save(user, organisationId, assessmentId, pillarCode, form);
            if (outcome instanceof SaveOutcome.Saved) {
                redirect.addFlashAttribute("flashSuccess", "assessment.saved");
                return next(queries.pillarCodes(user, organisationId, assessmentId), pillarCode, then);
            }
            SaveOutcome.Conflicts conflicts = (SaveOutcome.Conflicts) outcome;
            // The next save carries the versions just seen, so choosing "keep mine" then succeeds.
            form.getAnswers().forEach(input -> {
                SaveOutcome.Conflict conflict = conflicts.byCriterion().get(input.getCriterionId());
                if (conflict != null) {
                    input.setVersion(conflict.currentVersion());
                    input.setResolution("MINE");
                }
            });
            model.addAttribute("conflicts", conflicts.byCriterion());
        }
        // Only a page shown again needs the whole page: a successful save does not read it.
        AssessmentPages.PillarPage page = queries.pillarPage(user, organisationId, assessmentId, pillarCode);
        form.alignWith(page);
        model.addAttribute("page", page);
        addTexts(page, locale, model);
        addOpenActions(user, page, model);
        return "assessment/pillar";
    }

    private void addOpenActions(CurrentUser user, AssessmentPages.PillarPage page, Model model) {
        OpenActions provider = openActions.getIfAvailable();
        AssessmentPages.Header header = page.header();
        model.addAttribute(
                "openActions",
                provider == null
                        ? Map.of()
                        : provider.byCriterion(
                                user,
                                header.organisationId(),
                                frameworks
                                        .pinnedVersion(header.frameworkVersionId())
                                        .frameworkCode()));
    }

    /** Where "save and …" leads from {@code pillarCode}, given the pillars in scope in order. */
    private static String next(List<String> pillarCodes, String pillarCode, String then) {
        int index = pillarCodes.indexOf(pillarCode);
        return switch (then) {
            case "next" ->
                index + 1 < pillarCodes.size() ? BASE + "/pillars/" + pillarCodes.get(index + 1) : BASE + "/review";
            case "previous" -> index > 0 ? BASE + "/pillars/" + pillarCodes.get(index - 1) : BASE;
            case "tasks" -> BASE;
            default -> BASE + "/pillars/{pillarCode}";
        };
    }

    /**
     * Texts repeated for every criterion, resolved once per page: the page repeats them up to
     * forty times, and it is the application's busiest page.
     */
    private void addTexts(AssessmentPages.PillarPage page, Locale locale, Model model) {
        model.addAttribute(
                "scale",
                page.scale().stream()
                        .map(level -> new AssessmentPages.ScaleLevel(
                                level.value(),
                                level.value() + " — " + level.label().in(locale),
                                level.description().in(locale)))
                        .toList());
        model.addAttribute(
                "texts",
                new AssessmentPages.PillarTexts(
                        messages.getMessage("assessment.pillar.rating", null, locale),
                        messages.getMessage("framework.criterion.guidance", null, locale),
                        messages.getMessage("assessment.pillar.evidence", null, locale),
                        messages.getMessage("assessment.pillar.evidenceHint", null, locale),
                        messages.getMessage("assessment.pillar.notes", null, locale),
                        messages.getMessage("assessment.comments.add", null, locale),
                        messages.getMessage("assessment.comments.hint", null, locale)));
    }

    /** A save that lost a race at commit time is computed again: it then reports the conflict. */
    private SaveOutcome save(
            CurrentUser user, long organisationId, long assessmentId, String pillarCode, PillarAnswersForm form) {
        try {
            return service.saveAnswers(
                    user, organisationId, assessmentId, pillarCode, form.toEdits(), form.toComments());
        } catch (OptimisticLockingFailureException raced) {
            return service.saveAnswers(
                    user, organisationId, assessmentId, pillarCode, form.toEdits(), form.toComments());
        }
    }
}

package ca.repere.assessment;

import ca.repere.account.CurrentUser;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import jakarta.validation.Valid;
import java.util.List;
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

/** The steps before answering: the organisation's context, which criteria apply, who answers what. */
@Controller
@RequestMapping("/organisations/{organisationId}/assessments/{assessmentId}")
class AssessmentSetupController {

    private static final String TASKS = AssessmentController.TASK_LIST;

    private final AssessmentQueries queries;
    private final AssessmentService service;

    AssessmentSetupController(AssessmentQueries queries, AssessmentService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping("/context")
    String context(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        AssessmentPages.ContextPage page = queries.contextPage(user, organisationId, assessmentId);
        return contextPage(page.header(), ContextForm.of(page), model);
    }

    @PostMapping("/context")
    String saveContext(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ContextForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return contextPage(queries.header(user, organisationId, assessmentId), form, model);
        }
        try {
            service.saveContext(
                    user, organisationId, assessmentId, form.getVersion(), form.toContext(), form.getServiceAreas());
        } catch (AssessmentStateException changed) {
            // Someone saved the context meanwhile: show what they saved, keep what this person typed.
            AssessmentPages.ContextPage current = queries.contextPage(user, organisationId, assessmentId);
            model.addAttribute("theirs", current);
            form.setVersion(current.version());
            model.addAttribute("flashError", changed.messageKey());
            return contextPage(current.header(), form, model);
        }
        redirect.addFlashAttribute("flashSuccess", "assessment.saved");
        return "redirect:/organisations/{organisationId}/assessments/{assessmentId}/scope";
    }

    private String contextPage(AssessmentPages.Header header, ContextForm form, Model model) {
        model.addAttribute("header", header);
        model.addAttribute("form", form);
        model.addAttribute("provinces", Province.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("serviceAreas", ServiceArea.values());
        return "assessment/context";
    }

    @GetMapping("/scope")
    String scope(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        AssessmentPages.ScopePage page = queries.scopePage(user, organisationId, assessmentId);
        model.addAttribute("form", ScopeForm.of(page));
        return scopePage(page, model);
    }

    @PostMapping("/scope")
    String saveScope(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ScopeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        List<ScopeForm.ScopeInput> criteria = form.getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).isNotApplicable()
                    && AnswerEdit.blankToNull(criteria.get(i).getReason()) == null) {
                errors.rejectValue("criteria[" + i + "].reason", "validation.scope.reasonRequired");
            }
        }
        if (!errors.hasErrors()) {
            SaveOutcome outcome = service.saveScope(user, organisationId, assessmentId, form.toEdits());
            if (outcome instanceof SaveOutcome.Saved) {
                redirect.addFlashAttribute("flashSuccess", "assessment.saved");
                return TASKS;
            }
            SaveOutcome.Conflicts conflicts = (SaveOutcome.Conflicts) outcome;
            criteria.forEach(input -> {
                SaveOutcome.Conflict conflict = conflicts.byCriterion().get(input.getCriterionId());
                if (conflict != null) {
                    input.setVersion(conflict.currentVersion());
                }
            });
            model.addAttribute("conflicts", conflicts.byCriterion());
        }
        return scopePage(queries.scopePage(user, organisationId, assessmentId), model);
    }

    private String scopePage(AssessmentPages.ScopePage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("priorities", Priority.values());
        return "assessment/scope";
    }

    @GetMapping("/assignments")
    String assignments(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("page", queries.assignmentPage(user, organisationId, assessmentId));
        return "assessment/assignments";
    }

    /** Each checked box is "pillarId:userId". */
    @PostMapping("/assignments")
    String saveAssignments(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "assignment", required = false) List<String> checked,
            RedirectAttributes redirect) {
        List<PillarAssignment> assignments = checked == null
                ? List.of()
                : checked.stream().map(AssessmentSetupController::assignment).toList();
        service.assign(user, organisationId, assessmentId, assignments);
        redirect.addFlashAttribute("flashSuccess", "assessment.saved");
        return TASKS;
    }

    private static PillarAssignment assignment(String value) {
        String[] parts = value.split(":", 2);
        try {
            return new PillarAssignment(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException malformed) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "malformed assignment");
        }
    }
}

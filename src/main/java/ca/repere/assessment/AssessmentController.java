package ca.repere.assessment;

import ca.repere.account.CurrentUser;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.organisation.OrganisationDirectory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's assessments: list, start, task list, check, submit, reopen and delete. */
@Controller
@RequestMapping("/organisations/{organisationId}/assessments")
class AssessmentController {

    /** Where the assessment controllers send people back to: the assessment's task list. */
    static final String TASK_LIST = "redirect:/organisations/{organisationId}/assessments/{assessmentId}";

    private final AssessmentQueries queries;
    private final AssessmentService service;
    private final AssessmentAccess access;
    private final FrameworkLibrary frameworks;
    private final OrganisationDirectory organisations;

    AssessmentController(
            AssessmentQueries queries,
            AssessmentService service,
            AssessmentAccess access,
            FrameworkLibrary frameworks,
            OrganisationDirectory organisations) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.frameworks = frameworks;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@PathVariable long organisationId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("assessments", queries.list(user, organisationId));
        model.addAttribute("organisationId", organisationId);
        model.addAttribute(
                "organisationName", organisations.name(organisationId).orElse(""));
        model.addAttribute("canStart", access.canStart(user, organisationId));
        return "assessment/list";
    }

    @GetMapping("/new")
    String startForm(@PathVariable long organisationId, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireStart(user, organisationId);
        StartForm form = new StartForm();
        List<FrameworkVersionSummary> versions = frameworks.publishedVersions();
        if (!versions.isEmpty()) {
            form.setFrameworkVersionId(versions.get(0).id());
        }
        return startPage(organisationId, form, model);
    }

    @PostMapping("/new")
    String start(
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") StartForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireStart(user, organisationId);
        if (form.getScope() == Scope.TARGETED) {
            if (form.chosenPillarCodes().isEmpty()) {
                errors.rejectValue("pillarCodes", "validation.assessment.pillarRequired");
            }
            if (AnswerEdit.blankToNull(form.getTargetedReason()) == null) {
                errors.rejectValue("targetedReason", "validation.assessment.reasonRequired");
            }
        }
        if (errors.hasErrors()) {
            return startPage(organisationId, form, model);
        }
        long id = service.start(user, organisationId, form.toCommand());
        redirect.addFlashAttribute("flashSuccess", "assessment.started");
        return "redirect:/organisations/{organisationId}/assessments/" + id + "/context";
    }

    private String startPage(long organisationId, StartForm form, Model model) {
        List<FrameworkVersionSummary> versions = frameworks.publishedVersions();
        model.addAttribute("form", form);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("versions", versions);
        model.addAttribute(
                "frameworks",
                versions.stream()
                        .map(summary -> frameworks.pinnedVersion(summary.id()))
                        .toList());
        return "assessment/start";
    }

    @GetMapping("/{assessmentId}")
    String tasks(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("tasks", queries.taskList(user, organisationId, assessmentId));
        return "assessment/tasks";
    }

    @GetMapping("/{assessmentId}/review")
    String review(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("review", queries.review(user, organisationId, assessmentId));
        return "assessment/review";
    }

    @GetMapping("/{assessmentId}/submit")
    String confirmSubmit(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        access.requireLead(user, organisationId);
        model.addAttribute("review", queries.review(user, organisationId, assessmentId));
        return "assessment/submit";
    }

    @PostMapping("/{assessmentId}/submit")
    String submit(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        service.submit(user, organisationId, assessmentId);
        redirect.addFlashAttribute("flashSuccess", "assessment.submitted");
        return TASK_LIST;
    }

    @GetMapping("/{assessmentId}/reopen")
    String reopenForm(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        access.requireLead(user, organisationId);
        model.addAttribute("header", queries.header(user, organisationId, assessmentId));
        model.addAttribute("form", new ReasonForm());
        return "assessment/reopen";
    }

    @PostMapping("/{assessmentId}/reopen")
    String reopen(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireLead(user, organisationId);
        if (errors.hasErrors()) {
            model.addAttribute("header", queries.header(user, organisationId, assessmentId));
            return "assessment/reopen";
        }
        service.reopen(user, organisationId, assessmentId, form.getReason());
        redirect.addFlashAttribute("flashSuccess", "assessment.reopened");
        return TASK_LIST;
    }

    @GetMapping("/{assessmentId}/delete")
    String confirmDelete(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        access.requireLead(user, organisationId);
        model.addAttribute("header", queries.header(user, organisationId, assessmentId));
        return "assessment/delete";
    }

    @PostMapping("/{assessmentId}/delete")
    String delete(
            @PathVariable long organisationId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        service.delete(user, organisationId, assessmentId);
        redirect.addFlashAttribute("flashSuccess", "assessment.deleted");
        return "redirect:/organisations/{organisationId}/assessments";
    }
}

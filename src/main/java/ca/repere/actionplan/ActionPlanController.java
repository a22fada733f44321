package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.pdf.PdfDocuments;
import ca.repere.shared.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's action plan: the list with its filters, an action with its progress log,
 * and the forms to add, edit, move and comment on actions. A refusal by the rules (a drop
 * without reason, a stale version…) shows the form again with everything typed.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/actions")
class ActionPlanController {

    private static final String PLAN = "redirect:/organisations/{organisationId}/actions";
    private static final String ACTION = PLAN + "/{actionId}";

    private final ActionPlanService service;
    private final ActionPlanQueries queries;
    private final ActionFormChoices choices;
    private final OrganisationDirectory organisations;
    private final PlanCsv csv;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final ReviewCycles cycles;
    private final ActionPlanAccess access;

    ActionPlanController(
            ActionPlanService service,
            ActionPlanQueries queries,
            ActionFormChoices choices,
            OrganisationDirectory organisations,
            PlanCsv csv,
            PdfDocuments pdf,
            MessageSource messages,
            ReviewCycles cycles,
            ActionPlanAccess access) {
        this.service = service;
        this.queries = queries;
        this.choices = choices;
        this.organisations = organisations;
        this.csv = csv;
        this.pdf = pdf;
        this.messages = messages;
        this.cycles = cycles;
        this.access = access;
    }

    /** Every page of the plan names its organisation (breadcrumb, links). */
    @ModelAttribute
    void organisation(@PathVariable long organisationId, Model model) {
        model.addAttribute("organisationId", organisationId);
        model.addAttribute(
                "organisationName", organisations.name(organisationId).orElse(""));
    }

    @GetMapping
    String plan(
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            PlanFilterParams params,
            HttpServletRequest request,
            Model model) {
        ActionFilter filter = params.toFilter();
        // The downloads keep the filters the page shows.
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        ActionPlanView.Plan plan = queries.plan(user, organisationId, filter);
        ActionFormChoices.Choices choices = this.choices.of(organisationId);
        model.addAttribute("plan", plan);
        model.addAttribute("groups", ActionGroups.of(plan.actions(), choices.frameworks()));
        model.addAttribute("filter", filter);
        model.addAttribute("ownerFilter", params.owner() == null ? "" : params.owner());
        model.addAttribute("choices", choices);
        model.addAttribute("cycle", cycles.cycle(user, organisationId));
        model.addAttribute("isLead", user.isLeadOf(organisationId));
        return "actionplan/plan";
    }

    /** The plan as the page filters it, as CSV or PDF ({@code export.csv}, {@code export.pdf}). */
    @GetMapping("/export.{extension}")
    ResponseEntity<byte[]> export(
            @PathVariable long organisationId,
            @PathVariable String extension,
            @AuthenticationPrincipal CurrentUser user,
            PlanFilterParams params,
            Locale locale) {
        ActionPlanView.Plan plan = queries.plan(user, organisationId, params.toFilter());
        String organisation = organisations.name(organisationId).orElse("");
        String name = messages.getMessage("actionplan.title", null, locale) + " - " + organisation;
        return switch (extension) {
            case "csv" -> Downloads.attachment(name + ".csv", Downloads.CSV, csv.render(plan, locale));
            case "pdf" ->
                Downloads.attachment(
                        name + ".pdf",
                        MediaType.APPLICATION_PDF,
                        pdf.render(
                                "actionplan/plan-pdf", Map.of("plan", plan, "organisationName", organisation), locale));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** The lead sets the next full self-assessment's date and the follow-up interval. */
    @PostMapping("/cycle")
    String saveCycle(
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReassessment,
            @RequestParam(defaultValue = "3") int followUpMonths,
            RedirectAttributes redirect) {
        try {
            cycles.save(user, organisationId, nextReassessment, followUpMonths);
            redirect.addFlashAttribute("flashSuccess", "actionplan.cycle.saved");
        } catch (ActionPlanException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return PLAN;
    }

    @GetMapping("/new")
    String newAction(
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String criterion,
            @RequestParam(required = false) Long assessment,
            Model model) {
        access.requireContribute(user, organisationId);
        ActionForm form = new ActionForm();
        if (framework != null && criterion != null) {
            form.setCriteria(List.of(ActionForm.value(new CriterionRef(framework, criterion))));
        }
        form.setSourceAssessmentId(assessment);
        return showForm(organisationId, form, null, model);
    }

    @PostMapping
    String create(
            @PathVariable long organisationId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.validate(errors);
        // Checked before validation too: a refused form shows the organisation's members.
        access.requireContribute(user, organisationId);
        if (!errors.hasErrors()) {
            try {
                long id = service.create(user, organisationId, form.toNewAction());
                redirect.addAttribute("actionId", id);
                redirect.addFlashAttribute("flashSuccess", "actionplan.created");
                return ACTION;
            } catch (ActionPlanException refused) {
                reject(errors, refused);
            }
        }
        return showForm(organisationId, form, null, model);
    }

    @GetMapping("/{actionId}")
    String action(
            @PathVariable long organisationId,
            @PathVariable long actionId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("action", queries.action(user, organisationId, actionId));
        model.addAttribute("statuses", ActionStatus.values());
        return "actionplan/action";
    }

    @GetMapping("/{actionId}/edit")
    String edit(
            @PathVariable long organisationId,
            @PathVariable long actionId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ActionPlanView.ActionDetail action = editable(user, organisationId, actionId);
        return showForm(organisationId, ActionForm.of(action), actionId, model);
    }

    @PostMapping("/{actionId}")
    String update(
            @PathVariable long organisationId,
            @PathVariable long actionId,
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.validate(errors);
        editable(user, organisationId, actionId);
        if (!errors.hasErrors()) {
            try {
                service.edit(user, organisationId, actionId, form.toEdit());
                redirect.addFlashAttribute("flashSuccess", "actionplan.saved");
                return ACTION;
            } catch (ActionPlanException refused) {
                reject(errors, refused);
            }
        }
        return showForm(organisationId, form, actionId, model);
    }

    /** Moves the action to another status; the comment is logged (and is the reason of a drop). */
    @PostMapping("/{actionId}/status")
    String changeStatus(
            @PathVariable long organisationId,
            @PathVariable long actionId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam ActionStatus status,
            @RequestParam long version,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            service.changeStatus(user, organisationId, actionId, version, status, comment);
            redirect.addFlashAttribute("flashSuccess", "actionplan.statusChanged");
        } catch (ActionPlanException refused) {
            keep(redirect, refused, comment);
            redirect.addFlashAttribute("statusTried", status);
        }
        return ACTION;
    }

    @PostMapping("/{actionId}/comments")
    String comment(
            @PathVariable long organisationId,
            @PathVariable long actionId,
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            service.comment(user, organisationId, actionId, comment);
            redirect.addFlashAttribute("flashSuccess", "actionplan.commented");
        } catch (ActionPlanException refused) {
            keep(redirect, refused, comment);
        }
        return ACTION;
    }

    /** The action, if this user may change it: the edit form is for those who can save it. */
    private ActionPlanView.ActionDetail editable(CurrentUser user, long organisationId, long actionId) {
        ActionPlanView.ActionDetail action = queries.action(user, organisationId, actionId);
        if (!action.summary().editable()) {
            throw new AccessDeniedException("edit action " + actionId);
        }
        return action;
    }

    private String showForm(long organisationId, ActionForm form, Long actionId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("actionId", actionId);
        model.addAttribute("choices", choices.of(organisationId));
        return "actionplan/form";
    }

    /** Nothing typed is lost: the refused text comes back in the field, with the reason. */
    private static void keep(RedirectAttributes redirect, ActionPlanException refused, String comment) {
        redirect.addFlashAttribute("flashError", refused.messageKey());
        redirect.addFlashAttribute("commentTyped", comment);
    }

    private static void reject(BindingResult errors, ActionPlanException refused) {
        String field = switch (refused.messageKey()) {
            case "actionplan.error.titleRequired" -> "title";
            case "actionplan.error.oneOwner", "actionplan.error.ownerNotMember" -> "owner";
            case "actionplan.error.unknownCriterion" -> "criteria";
            default -> null;
        };
        if (field == null) {
            errors.reject(refused.messageKey());
        } else {
            errors.rejectValue(field, refused.messageKey());
        }
    }
}

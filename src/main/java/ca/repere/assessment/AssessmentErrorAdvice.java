package ca.repere.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action the assessment's state refuses (submit with unanswered criteria, edit after submit…)
 * returns the person to the assessment's task list with the reason, in their language.
 */
@ControllerAdvice(
        assignableTypes = {AssessmentController.class, AssessmentSetupController.class, PillarController.class})
class AssessmentErrorAdvice {

    @ExceptionHandler(AssessmentStateException.class)
    String refused(AssessmentStateException refused, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", refused.messageKey());
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String assessments = "/organisations/" + variables.get("organisationId") + "/assessments";
        String assessment = variables.get("assessmentId");
        return "redirect:" + (assessment == null ? assessments : assessments + "/" + assessment);
    }
}

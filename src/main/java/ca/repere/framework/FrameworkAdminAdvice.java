package ca.repere.framework;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the editor refuses outside a form (a move, a removal, a publication…): back to the page
 * that shows the current state, with the reason in the admin's language. Forms handle their own
 * refusals, to come back with what was typed.
 */
@ControllerAdvice(assignableTypes = {FrameworkAdminController.class, DraftEditorController.class})
class FrameworkAdminAdvice {

    /** The version is no longer a draft (published meanwhile), or not published: the library says what it is. */
    @ExceptionHandler(NotEditableException.class)
    String notEditable(NotEditableException refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", refused.messageKey());
        return "redirect:" + FrameworkAdminController.BASE;
    }

    /** The draft changed since the page was shown: show it as it is now, and say so. */
    @ExceptionHandler({DraftChangedException.class, ObjectOptimisticLockingFailureException.class})
    String changed(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "framework.editor.conflict.page");
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        return "redirect:"
                + (id == null ? FrameworkAdminController.BASE : FrameworkAdminController.draftPage(Long.parseLong(id)));
    }
}

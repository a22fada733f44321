package ca.repere.network;

import ca.repere.account.CurrentUser;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator's feedback on a member's shared self-assessment. */
@Controller
@RequestMapping("/networks/{networkId}/reviews/{assessmentId}")
class ReviewController {

    private final NetworkReviews reviews;

    ReviewController(NetworkReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String page(
            @PathVariable long networkId,
            @PathVariable long assessmentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        NetworkReviews.ReviewPage page = reviews.page(user, networkId, assessmentId);
        model.addAttribute("subject", page.subject());
        model.addAttribute("form", page.form());
        model.addAttribute("reviewedAt", page.reviewedAt());
        model.addAttribute("mayWrite", user.isCoordinatorOf(networkId));
        return "network/review";
    }

    /** {@code review=true} marks it reviewed too: the organisation then sees it and its leads are told. */
    @PostMapping
    String save(
            @PathVariable long networkId,
            @PathVariable long assessmentId,
            @RequestParam(defaultValue = "false") boolean review,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        // Before validation too: a refused form is not shown again to someone who may not save it.
        if (!user.isCoordinatorOf(networkId)) {
            throw new AccessDeniedException("write feedback for network " + networkId);
        }
        if (!errors.hasErrors()) {
            try {
                reviews.save(user, networkId, assessmentId, form, review);
                redirect.addFlashAttribute("flashSuccess", review ? "review.marked" : "review.saved");
                return "redirect:/networks/{networkId}/reviews/{assessmentId}";
            } catch (NetworkReviews.StaleReviewException stale) {
                errors.reject("review.stale");
            }
        }
        // What was typed comes back as typed, beside the assessment it is about.
        model.addAttribute("subject", reviews.subject(user, networkId, assessmentId));
        model.addAttribute("reviewedAt", null);
        model.addAttribute("mayWrite", true);
        return "network/review";
    }
}

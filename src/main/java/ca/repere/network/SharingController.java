package ca.repere.network;

import ca.repere.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an organisation's lead decides what each of its networks may see. */
@Controller
class SharingController {

    private final NetworkSharing sharing;

    SharingController(NetworkSharing sharing) {
        this.sharing = sharing;
    }

    @GetMapping("/organisations/{organisationId}/sharing")
    String choices(@PathVariable long organisationId, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("choices", sharing.choices(user, organisationId));
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("isLead", user.isLeadOf(organisationId));
        return "network/sharing";
    }

    @PostMapping("/organisations/{organisationId}/sharing/{networkId}")
    String share(
            @PathVariable long organisationId,
            @PathVariable long networkId,
            @RequestParam boolean shared,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        sharing.share(user, organisationId, networkId, shared);
        redirect.addFlashAttribute("flashSuccess", shared ? "network.sharing.started" : "network.sharing.stopped");
        return "redirect:/organisations/{organisationId}/sharing";
    }
}

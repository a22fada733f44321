package ca.repere.actionplan;

import ca.repere.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' view of the reminders sent (or kept, without a mail server), newest first. */
@Controller
class OutboxController {

    /** How many messages the page shows. */
    static final int PAGE_SIZE = 100;

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Admins only: {@link Outbox#recent} refuses anyone else (403). */
    @GetMapping("/admin/outbox")
    String outbox(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("entries", outbox.recent(user, PAGE_SIZE));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/outbox";
    }
}

package ca.repere.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Fails the way a bug would, so that tests can see what a user sees then. Test sources only. */
@Controller
class FailingController {

    static final String PATH = "/test-only/failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("SELECT secret FROM internals -- must never reach a page");
    }
}

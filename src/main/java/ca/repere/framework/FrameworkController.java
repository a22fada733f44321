package ca.repere.framework;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The framework browser: the library, then one version with its pillars, criteria and scale. */
@Controller
@RequestMapping("/frameworks")
class FrameworkController {

    private final FrameworkLibrary library;

    FrameworkController(FrameworkLibrary library) {
        this.library = library;
    }

    @GetMapping
    String list(Model model, Authentication user) {
        model.addAttribute("versions", library.versions(isAdmin(user)));
        model.addAttribute("canManage", isAdmin(user));
        return "framework/list";
    }

    @GetMapping("/{id}")
    String version(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute(
                "version",
                library.version(id, isAdmin(user)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "framework/version";
    }

    /** Drafts are work in progress of the platform's admins; nobody else reads them. */
    private static boolean isAdmin(Authentication user) {
        return Admins.isAdmin(user);
    }
}

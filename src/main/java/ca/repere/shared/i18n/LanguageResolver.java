package ca.repere.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides the language of every response: the language cookie (set by the switch, and at login
 * from the user's preference), else the browser's Accept-Language if it is French or English,
 * else French. Switching while logged in also becomes the user's preference.
 */
public class LanguageResolver implements LocaleResolver {

    public static final String COOKIE = "repere-lang";
    private static final Duration COOKIE_LIFETIME = Duration.ofDays(365);

    private final ApplicationEventPublisher events;

    public LanguageResolver(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(COOKIE);
        if (chosen instanceof Language language) {
            return language.locale();
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    var language = Language.fromCode(cookie.getValue());
                    if (language.isPresent()) {
                        return language.get().locale();
                    }
                }
            }
        }
        String acceptLanguage = request.getHeader("Accept-Language");
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                var language = Language.fromCode(range.getRange());
                if (language.isPresent()) {
                    return language.get().locale();
                }
            }
        }
        return Language.DEFAULT.locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            return;
        }
        // Anything but French or English (?lang=de) is ignored rather than mapped to a default.
        var chosen = Language.fromCode(locale.getLanguage());
        if (chosen.isEmpty()) {
            return;
        }
        Language language = chosen.get();
        remember(request, response, language);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            events.publishEvent(new LanguageSwitched(authentication.getName(), language));
        }
    }

    /** Uses {@code language} from now on in this browser, without touching any preference. */
    public void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        request.setAttribute(COOKIE, language);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}

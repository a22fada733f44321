package ca.repere.account;

import ca.repere.shared.i18n.LanguageResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After login: the user's own language from now on, a clean failure count, then where they were going. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginThrottle throttle;
    private final AccountService accounts;
    private final LanguageResolver languages;

    LoginSuccessHandler(LoginThrottle throttle, AccountService accounts, LanguageResolver languages) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.languages = languages;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        throttle.recordSuccess(user.email());
        accounts.recordLogin(user.id());
        languages.remember(request, response, user.language());
        request.getSession().removeAttribute(LoginFailureHandler.EMAIL_ATTRIBUTE);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}

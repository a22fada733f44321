package ca.repere.account;

import ca.repere.shared.i18n.LanguageSwitched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A logged-in user who switches language keeps that language on their next login, anywhere. */
@Component
class LanguagePreferenceListener {

    private final AccountService accounts;

    LanguagePreferenceListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageSwitched switched) {
        accounts.rememberLanguage(switched.username(), switched.language());
    }
}

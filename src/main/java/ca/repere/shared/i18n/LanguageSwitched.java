package ca.repere.shared.i18n;

/**
 * A person chose another language with the language switch. Published so that the account module
 * can remember the choice as the logged-in user's preference without this module knowing users.
 */
public record LanguageSwitched(String username, Language language) {}

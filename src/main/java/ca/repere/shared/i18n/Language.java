package ca.repere.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Repère speaks. French comes first: it is the language of the source framework. */
public enum Language {
    FR(Locale.CANADA_FRENCH),
    EN(Locale.CANADA);

    public static final Language DEFAULT = FR;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
    }

    /** The language for a code such as {@code fr} or {@code en-CA}; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.trim().toLowerCase(Locale.ROOT);
        if (language.startsWith("en")) {
            return Optional.of(EN);
        }
        if (language.startsWith("fr")) {
            return Optional.of(FR);
        }
        return Optional.empty();
    }
}

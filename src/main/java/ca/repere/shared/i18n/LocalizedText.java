package ca.repere.shared.i18n;

import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A text that exists in both of Canada's official languages. Framework content, labels of
 * reference data and anything else users read is stored this way, one column per language.
 */
@Embeddable
public record LocalizedText(String fr, String en) {

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    /** The text in the given locale's language; French for any language other than English. */
    public String in(Locale locale) {
        return Language.of(locale) == Language.EN ? en : fr;
    }

    public boolean isComplete() {
        return fr != null && !fr.isBlank() && en != null && !en.isBlank();
    }

    public boolean isBlank() {
        return (fr == null || fr.isBlank()) && (en == null || en.isBlank());
    }
}

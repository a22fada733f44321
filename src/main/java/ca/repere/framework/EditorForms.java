package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import java.math.BigDecimal;
import org.springframework.validation.BindingResult;

/** What the editor's forms share: texts as the admin typed them, weights in either decimal notation. */
final class EditorForms {

    /** Outcome, criterion text, guidance, description: long, but not without end. */
    static final int MAX_LONG_TEXT = 20_000;

    private EditorForms() {}

    /** A text both languages of which are stored (blank ones empty: the draft's problems list says so). */
    static LocalizedText required(String fr, String en) {
        return LocalizedText.of(strip(fr), strip(en));
    }

    /** A text that may be absent: null when both languages are blank. */
    static LocalizedText optional(String fr, String en) {
        LocalizedText text = required(fr, en);
        return text.isBlank() ? null : text;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The weight typed, with a decimal point or comma ("1,5" is how French writes 1.5); null, and
     * the field rejected, when it is not a number. The range is the editor's rule to check.
     */
    static BigDecimal weight(String typed, BindingResult errors) {
        String value = strip(typed).replace(',', '.');
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            if (!errors.hasFieldErrors("weight")) {
                errors.rejectValue("weight", "framework.file.problem.weight");
            }
            return null;
        }
    }

    /** A weight as a form shows it: 1, 1.5 (no trailing zeros). */
    static String weight(BigDecimal weight) {
        return DraftSnapshot.weight(weight);
    }

    static String fr(LocalizedText text) {
        return text == null || text.fr() == null ? "" : text.fr();
    }

    static String en(LocalizedText text) {
        return text == null || text.en() == null ? "" : text.en();
    }
}

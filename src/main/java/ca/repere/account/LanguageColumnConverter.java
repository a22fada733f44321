package ca.repere.account;

import ca.repere.shared.i18n.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its ISO code ({@code fr}, {@code en}), as the column's check constraint expects. */
@Converter
class LanguageColumnConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code).orElse(Language.DEFAULT);
    }
}

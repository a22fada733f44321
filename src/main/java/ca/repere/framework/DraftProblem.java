package ca.repere.framework;

import java.util.List;

/**
 * One thing that keeps a draft from being published, said where it is ("Pillar 2, criterion 2.3,
 * text in English") and what is wrong, with a link to the form that fixes it.
 *
 * @param place from the widest to the narrowest, each a message key with its arguments
 * @param messageKey what is wrong (the framework file rules' messages)
 * @param href the page, and field, where it is fixed
 */
record DraftProblem(List<Part> place, String messageKey, Object[] arguments, String href) {

    record Part(String key, Object[] arguments) {

        static Part of(String key, Object... arguments) {
            return new Part(key, arguments);
        }
    }
}

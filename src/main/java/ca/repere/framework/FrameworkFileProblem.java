package ca.repere.framework;

import java.util.List;

/**
 * One thing wrong in a framework file: where ({@code pillars[2].criteria[0].text.en}, or a line
 * and column for a file that cannot be read at all) and what, as a message key with arguments so
 * that it can be shown in the reader's language.
 */
public record FrameworkFileProblem(String location, String messageKey, List<Object> arguments) {

    static FrameworkFileProblem of(String location, String messageKey, Object... arguments) {
        return new FrameworkFileProblem(location, messageKey, List.of(arguments));
    }

    @Override
    public String toString() {
        return location + ": " + messageKey + (arguments.isEmpty() ? "" : " " + arguments);
    }
}

package ca.repere.framework;

import java.util.List;

/**
 * A page that asks before an action that cannot be undone (remove a pillar, delete a draft,
 * retire a version): what will happen, one button that does it, one link that goes back.
 */
record Confirmation(
        Message title, List<Message> body, String action, String buttonKey, Long lockVersion, String cancelHref) {

    record Message(String key, Object[] arguments) {

        static Message of(String key, Object... arguments) {
            return new Message(key, arguments);
        }
    }
}

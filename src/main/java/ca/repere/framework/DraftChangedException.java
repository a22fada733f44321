package ca.repere.framework;

/**
 * A save based on a draft as it was when the form was opened, while someone has changed the draft
 * since: refused, so that nobody's work is silently overwritten. The page shows both versions.
 */
class DraftChangedException extends RuntimeException {

    DraftChangedException(long versionId) {
        super("Framework draft " + versionId + " changed since the form was opened");
    }
}

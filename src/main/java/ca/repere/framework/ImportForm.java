package ca.repere.framework;

/**
 * The import page's choice: the file becomes a draft (the default: an admin reviews it, then
 * publishes) or is published at once. The file itself is a request part of its own.
 */
class ImportForm {

    private String status = VersionStatus.DRAFT.name();

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** DRAFT or PUBLISHED; null for anything else (a version is never imported as retired). */
    VersionStatus chosenStatus() {
        if (VersionStatus.DRAFT.name().equals(status)) {
            return VersionStatus.DRAFT;
        }
        return VersionStatus.PUBLISHED.name().equals(status) ? VersionStatus.PUBLISHED : null;
    }
}

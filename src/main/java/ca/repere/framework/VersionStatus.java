package ca.repere.framework;

/** Where a framework version is in its life: drafts change, published versions are used, retired ones rest. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}

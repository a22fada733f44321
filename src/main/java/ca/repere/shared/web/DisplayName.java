package ca.repere.shared.web;

/** A logged-in principal that has a name to show in the page header. */
public interface DisplayName {

    String displayName();
}

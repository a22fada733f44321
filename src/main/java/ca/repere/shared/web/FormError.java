package ca.repere.shared.web;

/** An error to list in a form's error summary: the field it concerns (for the link) and its message key. */
public record FormError(String field, String messageKey) {}

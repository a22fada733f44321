package ca.repere.framework;

import java.util.Locale;

/**
 * What the framework editor records in the audit trail: {@code DRAFT_CREATED} is the action
 * {@code framework.draft.created}, shown through the message {@code audit.action.framework.draft.created}.
 */
enum FrameworkAuditAction {
    DRAFT_CREATED,
    DRAFT_EDITED,
    DRAFT_DELETED,
    VERSION_PUBLISHED,
    VERSION_RETIRED;

    String code() {
        return "framework." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}

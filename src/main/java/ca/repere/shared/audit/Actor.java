package ca.repere.shared.audit;

import ca.repere.shared.web.DisplayName;

/** A logged-in principal the audit trail can name as the author of a change. */
public interface Actor extends DisplayName {

    long id();
}

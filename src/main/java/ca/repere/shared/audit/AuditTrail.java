package ca.repere.shared.audit;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Placeholder with the signature of the audit trail the lead builds on main: this branch records
 * through it, and merging main replaces this class with the real one (an append-only table).
 */
@Component
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    public void record(
            String action,
            String subjectType,
            long subjectId,
            String subjectLabel,
            Map<String, ?> before,
            Map<String, ?> after) {
        LOG.info("audit {} {} {} {} {} -> {}", action, subjectType, subjectId, subjectLabel, before, after);
    }
}

/**
 * The platform's administration: pages that compose the other modules' own administration
 * (frameworks, organisations and networks, users and invitations, the audit trail, the outbox),
 * starting with the hub at {@code /admin} that links to each with a short count.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework"})
package ca.repere.admin;

import org.springframework.modulith.ApplicationModule;

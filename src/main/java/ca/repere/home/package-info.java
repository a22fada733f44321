/** Each person's starting page: their organisations, their networks, or the platform's administration. */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework", "assessment", "actionplan"})
package ca.repere.home;

import org.springframework.modulith.ApplicationModule;

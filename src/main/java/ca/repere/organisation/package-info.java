/**
 * Organisations (the NGOs that assess themselves, with the profile that gives their results
 * context) and networks (umbrella organisations) with their member organisations.
 */
@ApplicationModule(allowedDependencies = {"shared", "account"})
package ca.repere.organisation;

import org.springframework.modulith.ApplicationModule;

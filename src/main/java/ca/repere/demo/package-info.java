/**
 * Demonstration data for a fresh clone: a network, three member organisations and one account per
 * role, all with a known password. Only present in demo mode ({@link ca.repere.shared.DemoMode}).
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation"})
package ca.repere.demo;

import org.springframework.modulith.ApplicationModule;

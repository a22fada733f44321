/**
 * Demonstration data for a fresh clone: a network, three member organisations, one account per
 * role (all with a known password) and the first organisation's self-assessments. Only present in demo mode ({@link ca.repere.shared.DemoMode}).
 */
@ApplicationModule(
        allowedDependencies = {"shared", "account", "organisation", "framework", "assessment", "actionplan", "network"})
package ca.repere.demo;

import org.springframework.modulith.ApplicationModule;

/**
 * Demonstration data for a fresh clone: a network, three member organisations, one account per
 * role (all with a known password) and the first organisation's self-assessments. Only present in demo mode ({@link ca.repere.shared.DemoMode}).
 * With the {@code generate} profile, also a network of 1,000 organisations with ten years of
 * self-assessments ({@link ca.repere.demo.NetworkGenerator}), to measure the network dashboard.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "organisation",
            "framework",
            "assessment",
            "actionplan",
            "network",
            "scoring"
        })
package ca.repere.demo;

import org.springframework.modulith.ApplicationModule;

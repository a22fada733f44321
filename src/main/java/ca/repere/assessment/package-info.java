/**
 * Self-assessments: an organisation's team scopes the criteria of a pinned framework version to
 * its context, answers them pillar by pillar (alone or together, with comments), checks and
 * submits. Saves are transactional and optimistic: a concurrent edit is shown, never lost.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework"})
package ca.repere.assessment;

import org.springframework.modulith.ApplicationModule;

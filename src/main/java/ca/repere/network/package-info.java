/**
 * What umbrella networks see of their members, and only by consent: each organisation's lead
 * chooses per network whether its submitted self-assessments are shared. The coordinators'
 * dashboard (participation for every member; scores, heatmap, criterion distribution and trend
 * for sharing members only) aggregates in SQL the results kept by the scoring module.
 */
@ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "framework", "assessment", "scoring"})
package ca.repere.network;

import org.springframework.modulith.ApplicationModule;

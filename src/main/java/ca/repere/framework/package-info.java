/**
 * The framework library: quality frameworks (the CCR/CLEO framework first), their versions,
 * pillars, criteria and rating scales, loaded from the framework files under
 * {@code resources/frameworks}, the pages that browse them, and the admins' editor: drafts copied
 * from a published version (or a new framework), checked by the framework file rules, previewed,
 * published, retired. A published version never changes, so every assessment made with it can be
 * read again exactly as it was answered.
 */
@ApplicationModule(allowedDependencies = "shared")
package ca.repere.framework;

import org.springframework.modulith.ApplicationModule;

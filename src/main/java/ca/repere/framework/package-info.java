/**
 * The framework library: quality frameworks (the CCR/CLEO framework first), their versions,
 * pillars, criteria and rating scales, loaded from the framework files under
 * {@code resources/frameworks}, and the pages that browse them. A published version never changes,
 * so every assessment made with it can be read again exactly as it was answered.
 */
@ApplicationModule(allowedDependencies = "shared")
package ca.repere.framework;

import org.springframework.modulith.ApplicationModule;

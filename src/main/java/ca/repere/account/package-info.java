/**
 * People and what they may do: user accounts, their memberships (admin of the platform,
 * coordinator of a network, lead or staff of an organisation), login with throttling, language
 * preference, and the one security configuration of the application. Other modules ask
 * {@link ca.repere.account.Access} whether the current user may see an organisation or network.
 */
@ApplicationModule(allowedDependencies = "shared")
package ca.repere.account;

import org.springframework.modulith.ApplicationModule;

/**
 * What every module stands on: the database (embedded PostgreSQL by default), languages and
 * localized texts, the page layout's model, error pages and demo mode. It knows no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ca.repere.shared;

import org.springframework.modulith.ApplicationModule;

package ca.repere.shared;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this instance is a demonstration: demo data and the demo accounts on the login page.
 * That is the case when {@code repere.demo-data} says so, or, when it is not set, with the
 * {@code demo} profile or the embedded default database (a fresh clone run on a laptop).
 * A production instance configures its database and so never gets demo passwords.
 */
@Component
public class DemoMode {

    /** The password of every demo account: printed in README and on the login page in demo mode only. */
    public static final String PASSWORD = "demo-password";

    public static final DemoAccount ADMIN = new DemoAccount("admin@demo.repere", "role.ADMIN");
    public static final DemoAccount COORDINATOR = new DemoAccount("coordinator@demo.repere", "role.COORDINATOR");
    public static final DemoAccount LEAD = new DemoAccount("lead@demo.repere", "role.ORG_LEAD");
    public static final DemoAccount STAFF = new DemoAccount("staff@demo.repere", "role.ORG_STAFF");
    public static final List<DemoAccount> ACCOUNTS = List.of(ADMIN, COORDINATOR, LEAD, STAFF);

    /** A demo login and the message key of its role. */
    public record DemoAccount(String email, String roleKey) {}

    private final boolean enabled;

    public DemoMode(Environment environment) {
        this.enabled = isEnabled(environment);
    }

    public static boolean isEnabled(Environment environment) {
        String explicit = environment.getProperty("repere.demo-data");
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.trim());
        }
        return environment.acceptsProfiles(Profiles.of("demo"))
                || !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    public boolean enabled() {
        return enabled;
    }
}

package ca.repere.support;

import ca.repere.account.AccountService;
import ca.repere.account.CurrentUser;
import ca.repere.account.Grant;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.i18n.Language;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds the people and organisations a test needs, with unique names, through the modules'
 * public services (as the application itself would).
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountService accounts;
    private final OrganisationDirectory directory;
    private final UserDetailsService userDetails;

    TestData(AccountService accounts, OrganisationDirectory directory, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.directory = directory;
        this.userDetails = userDetails;
    }

    /** The user as the application sees them once logged in, for calling services directly. */
    public CurrentUser current(User user) {
        return (CurrentUser) userDetails.loadUserByUsername(user.email());
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    public long organisation() {
        return organisation(unique("Organisme"));
    }

    public long organisation(String name) {
        return directory.createOrganisation(new OrganisationProfile(
                name, Province.QC, SizeBand.SMALL, 5, 10, Set.of(ServiceArea.REFUGEE_CLAIMS), true));
    }

    public long network(long... memberOrganisations) {
        long network = directory.createNetwork(unique("Réseau"), null);
        for (long organisation : memberOrganisations) {
            directory.addMember(network, organisation);
        }
        return network;
    }

    /** A user who can log in with {@link #PASSWORD}; returns their e-mail address. */
    public User user(Language language, Grant... grants) {
        String email = unique("user").toLowerCase() + "@example.org";
        long id = accounts.createUser(email, "Test " + email.substring(0, 12), language, PASSWORD);
        for (Grant grant : grants) {
            accounts.grant(id, grant);
        }
        return new User(id, email);
    }

    public User user(Grant... grants) {
        return user(Language.FR, grants);
    }

    public record User(long id, String email) {}
}

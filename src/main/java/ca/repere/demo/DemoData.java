package ca.repere.demo;

import ca.repere.account.AccountService;
import ca.repere.account.Grant;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.organisation.OrganisationProfile;
import ca.repere.organisation.OrganisationSummary;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.shared.DemoMode;
import ca.repere.shared.i18n.Language;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demonstration network, organisations and accounts, once. */
public class DemoData {

    public static final String NETWORK = "Réseau démo";

    static final List<OrganisationProfile> ORGANISATIONS = List.of(
            new OrganisationProfile(
                    "Accueil Réfugiés Montréal",
                    Province.QC,
                    SizeBand.SMALL,
                    9,
                    30,
                    Set.of(
                            ServiceArea.REFUGEE_CLAIMS,
                            ServiceArea.FAMILY_REUNIFICATION,
                            ServiceArea.PERMANENT_RESIDENCE),
                    true),
            new OrganisationProfile(
                    "Ottawa Sponsorship Circle Alliance",
                    Province.ON,
                    SizeBand.MICRO,
                    0,
                    14,
                    Set.of(ServiceArea.PRIVATE_SPONSORSHIP, ServiceArea.RESETTLED_REFUGEES),
                    true),
            new OrganisationProfile(
                    "Centre communautaire des travailleurs migrants",
                    Province.NB,
                    SizeBand.MEDIUM,
                    32,
                    12,
                    Set.of(ServiceArea.MIGRANT_WORKERS, ServiceArea.TEMPORARY_STATUS, ServiceArea.CITIZENSHIP),
                    false));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationDirectory directory;
    private final AccountService accounts;

    public DemoData(OrganisationDirectory directory, AccountService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Creates what is missing; a second run changes nothing. */
    @Transactional
    public void ensurePresent() {
        if (accounts.findUserId(DemoMode.ADMIN.email()).isPresent()) {
            return;
        }
        long network = directory.createNetwork(
                NETWORK,
                "Réseau de démonstration regroupant trois organismes / Demonstration network of three organisations");
        List<Long> organisations = ORGANISATIONS.stream()
                .map(profile -> {
                    long id = directory.createOrganisation(profile);
                    directory.addMember(network, id);
                    return id;
                })
                .toList();
        long firstOrganisation = organisations.get(0);
        createAccount(DemoMode.ADMIN, "Alex Admin", Language.FR, Grant.admin());
        createAccount(DemoMode.COORDINATOR, "Camille Coordination", Language.FR, Grant.coordinatorOf(network));
        createAccount(DemoMode.LEAD, "Léa Responsable", Language.FR, Grant.leadOf(firstOrganisation));
        createAccount(DemoMode.STAFF, "Sam Staff", Language.EN, Grant.staffOf(firstOrganisation));
        log.info(
                "Demo data created: network '{}' with {} organisations and the demo accounts (password {})",
                NETWORK,
                organisations.size(),
                DemoMode.PASSWORD);
    }

    private void createAccount(DemoMode.DemoAccount account, String name, Language language, Grant grant) {
        long id = accounts.createUser(account.email(), name, language, DemoMode.PASSWORD);
        accounts.grant(id, grant);
    }

    /** The demo organisation that holds the assessments and the action plan. */
    static long firstOrganisation(OrganisationDirectory organisations) {
        return organisations.allOrganisations().stream()
                .filter(candidate ->
                        candidate.name().equals(ORGANISATIONS.get(0).name()))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
    }
}

package ca.repere.demo;

import ca.repere.organisation.Province;
import ca.repere.organisation.SizeBand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The generator's vocabulary: places, names, reasons and actions, in French and English. */
final class Texts {

    private Texts() {}

    /** Roughly where newcomers settle: a province drawn from this list is as likely as its share. */
    static final List<Province> PROVINCES = weighted(Map.ofEntries(
            Map.entry(Province.ON, 34),
            Map.entry(Province.QC, 20),
            Map.entry(Province.BC, 13),
            Map.entry(Province.AB, 11),
            Map.entry(Province.MB, 5),
            Map.entry(Province.SK, 4),
            Map.entry(Province.NS, 4),
            Map.entry(Province.NB, 4),
            Map.entry(Province.NL, 2),
            Map.entry(Province.PE, 1),
            Map.entry(Province.NT, 1),
            Map.entry(Province.NU, 1),
            Map.entry(Province.YT, 1)));

    static final List<SizeBand> SIZES = weighted(Map.of(
            SizeBand.MICRO, 25,
            SizeBand.SMALL, 40,
            SizeBand.MEDIUM, 25,
            SizeBand.LARGE, 10));

    private static final Map<Province, List<String>> CITIES = Map.ofEntries(
            Map.entry(Province.AB, List.of("Calgary", "Edmonton", "Red Deer", "Lethbridge", "Medicine Hat", "Brooks")),
            Map.entry(
                    Province.BC,
                    List.of("Vancouver", "Surrey", "Victoria", "Burnaby", "Kelowna", "Prince George", "Abbotsford")),
            Map.entry(Province.MB, List.of("Winnipeg", "Brandon", "Steinbach", "Thompson")),
            Map.entry(Province.NB, List.of("Moncton", "Saint John", "Fredericton", "Edmundston", "Dieppe", "Bathurst")),
            Map.entry(Province.NL, List.of("St. John’s", "Corner Brook", "Gander")),
            Map.entry(Province.NS, List.of("Halifax", "Sydney", "Truro", "Antigonish", "Yarmouth")),
            Map.entry(Province.NT, List.of("Yellowknife", "Hay River")),
            Map.entry(Province.NU, List.of("Iqaluit", "Rankin Inlet")),
            Map.entry(
                    Province.ON,
                    List.of(
                            "Toronto",
                            "Ottawa",
                            "Hamilton",
                            "London",
                            "Windsor",
                            "Kitchener",
                            "Mississauga",
                            "Brampton",
                            "Sudbury",
                            "Kingston",
                            "Thunder Bay",
                            "Peterborough",
                            "Guelph",
                            "Barrie",
                            "Scarborough",
                            "Sault Ste. Marie")),
            Map.entry(Province.PE, List.of("Charlottetown", "Summerside")),
            Map.entry(
                    Province.QC,
                    List.of(
                            "Montréal",
                            "Québec",
                            "Sherbrooke",
                            "Gatineau",
                            "Laval",
                            "Longueuil",
                            "Trois-Rivières",
                            "Saguenay",
                            "Rimouski",
                            "Granby",
                            "Saint-Jérôme",
                            "Drummondville")),
            Map.entry(Province.SK, List.of("Saskatoon", "Regina", "Prince Albert", "Moose Jaw")),
            Map.entry(Province.YT, List.of("Whitehorse", "Dawson")));

    private static final List<String> KINDS_FR = List.of(
            "Centre d’accueil des nouveaux arrivants",
            "Maison internationale",
            "Carrefour d’intégration",
            "Service d’aide aux réfugiés",
            "Comité d’accueil",
            "Association des familles immigrantes",
            "Regroupement d’entraide",
            "Clinique juridique communautaire",
            "Collectif de parrainage",
            "Centre des femmes immigrantes");

    private static final List<String> KINDS_EN = List.of(
            "Newcomer Centre",
            "Immigrant Services Society",
            "Refugee Support Network",
            "Multicultural Council",
            "Settlement Partnership",
            "Community Legal Clinic",
            "Sponsorship Circle",
            "Immigrant Women’s Centre",
            "Welcome Centre",
            "Refugee Rights Coalition");

    private static final List<String> QUARTERS_FR = List.of("Nord", "Sud", "Est", "Ouest", "Centre-ville", "Rive");
    private static final List<String> QUARTERS_EN = List.of("North", "South", "East", "West", "Downtown", "Riverside");

    private static final List<String> FIRST_NAMES = List.of(
            "Amina",
            "Jean",
            "Marie",
            "Ahmed",
            "Sofia",
            "Luc",
            "Nadia",
            "David",
            "Fatima",
            "Pierre",
            "Grace",
            "Omar",
            "Isabelle",
            "Samuel",
            "Leila",
            "Thomas",
            "Mariam",
            "Julien",
            "Chloé",
            "Daniel",
            "Yasmin",
            "Hassan",
            "Élise",
            "Kwame");

    private static final List<String> LAST_NAMES = List.of(
            "Tremblay",
            "Nguyen",
            "Diallo",
            "Singh",
            "Gagnon",
            "Smith",
            "Haddad",
            "Roy",
            "Mensah",
            "Côté",
            "Khan",
            "Martin",
            "Okafor",
            "Bouchard",
            "Chen",
            "Pelletier",
            "Ibrahim",
            "Wilson",
            "Fortin",
            "Ahmadi");

    /** Criteria that organisations find harder (complaints, knowledge centres, monitoring), or easier. */
    static final Map<String, Double> HARDER = Map.of(
            "1.1", 0.6,
            "1.3", 0.5,
            "1.6", -0.9,
            "3.2", -0.7,
            "4.1", -0.5,
            "4.2", -0.8,
            "4.3", -1.0);

    /** How likely an organisation finds a criterion not applicable; 2 % for the others. */
    static final Map<String, Double> NOT_APPLICABLE = Map.of("1.7", 0.10, "2.3", 0.08, "2.5", 0.20, "3.2", 0.06);

    private static final List<String> REASONS_FR = List.of(
            "Nous n’offrons pas ce service : les personnes sont dirigées vers l’aide juridique.",
            "Organisme entièrement bénévole, sans activité visée par ce critère.",
            "Nos services se limitent à l’accueil et à l’orientation.",
            "Couvert par l’organisme partenaire qui nous héberge.");

    private static final List<String> REASONS_EN = List.of(
            "We do not offer this service: people are referred to legal aid.",
            "An all-volunteer organization with no activity this criterion covers.",
            "Our services are limited to reception and referral.",
            "Covered by the partner organization that hosts us.");

    private static final List<String> EVIDENCE_FR = List.of(
            "Politique adoptée par le conseil d’administration.",
            "Procédure écrite, revue cette année.",
            "Formation donnée à toute l’équipe.",
            "Registre tenu à jour par la coordination.",
            "Entente signée avec un partenaire.");

    private static final List<String> EVIDENCE_EN = List.of(
            "Policy adopted by the board.",
            "Written procedure, reviewed this year.",
            "Training given to the whole team.",
            "Log kept up to date by the coordinator.",
            "Agreement signed with a partner.");

    record Action(String criterion, String fr, String en) {}

    static final List<Action> ACTIONS = List.of(
            new Action(
                    "1.6",
                    "Mettre en place un mécanisme de plainte accessible",
                    "Set up an accessible complaints process"),
            new Action("1.4", "Adopter une politique de conflit d’intérêts", "Adopt a conflict-of-interest policy"),
            new Action("1.5", "Écrire un engagement antiracisme", "Write an anti-racism commitment"),
            new Action("2.3", "Écrire les critères de référence", "Write referral criteria"),
            new Action("3.1", "Planifier la formation continue", "Plan ongoing training"),
            new Action("3.2", "Trouver un centre de connaissances régional", "Find a regional knowledge centre"),
            new Action("3.4", "Diffuser les mises à jour d’IRCC aux bénévoles", "Share IRCC updates with volunteers"),
            new Action("4.1", "Faire l’autoévaluation chaque année", "Assess ourselves every year"),
            new Action("4.3", "Adopter une procédure d’examen ciblé", "Adopt a targeted review procedure"));

    static List<String> reasons(String language) {
        return language.equals("fr") ? REASONS_FR : REASONS_EN;
    }

    static List<String> evidence(String language) {
        return language.equals("fr") ? EVIDENCE_FR : EVIDENCE_EN;
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A plausible name, ending with {@code suffix}, not yet in {@code taken} (lower case): a kind
     * of organisation and its city, then a part of the city, then a number.
     */
    static String organisationName(Random random, Province province, boolean french, String suffix, Set<String> taken) {
        String city = pick(random, CITIES.get(province));
        String base = french ? pick(random, KINDS_FR) + of(city) : city + " " + pick(random, KINDS_EN);
        List<String> quarters = new ArrayList<>(french ? QUARTERS_FR : QUARTERS_EN);
        Collections.shuffle(quarters, random);
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        quarters.forEach(quarter -> candidates.add(base + " – " + quarter));
        for (String candidate : candidates) {
            if (!taken.contains((candidate + suffix).toLowerCase(Locale.ROOT))) {
                return candidate + suffix;
            }
        }
        for (int number = 2; ; number++) {
            String candidate = base + " (" + number + ")" + suffix;
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    static String personName(Random random) {
        return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
    }

    private static String of(String city) {
        return "AEIOUÉÎaeiou".indexOf(city.charAt(0)) >= 0 ? " d’" + city : " de " + city;
    }

    private static <T> List<T> weighted(Map<T, Integer> weights) {
        List<T> values = new ArrayList<>();
        // Map.of has no order: sort so that one seed always gives the same data.
        weights.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)))
                .forEach(entry -> values.addAll(Collections.nCopies(entry.getValue(), entry.getKey())));
        return List.copyOf(values);
    }
}

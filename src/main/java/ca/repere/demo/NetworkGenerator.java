package ca.repere.demo;

import ca.repere.framework.FrameworkLibrary;
import ca.repere.framework.FrameworkVersionSummary;
import ca.repere.framework.FrameworkVersionView;
import ca.repere.framework.FrameworkVersionView.CriterionView;
import ca.repere.framework.FrameworkVersionView.PillarView;
import ca.repere.framework.FrameworkVersionView.RatingLevelView;
import ca.repere.organisation.Province;
import ca.repere.organisation.ServiceArea;
import ca.repere.organisation.SizeBand;
import ca.repere.scoring.ScoreSnapshots;
import ca.repere.shared.DemoMode;
import ca.repere.shared.database.BulkInsert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a large network for measuring and demonstrating the coordinators' dashboard: many
 * member organisations, each with its lead, years of submitted self-assessments on the CCR/CLEO
 * framework (ratings that differ between organisations and criteria, some improving over time,
 * some criteria not applicable with a reason), open and overdue actions, and a coordinator.
 *
 * <p>Written with set-based SQL ({@link BulkInsert}: one statement per table and 10,000 rows)
 * rather than through the services, which would take minutes for 190,000 answers; the
 * scores are then kept by {@link ScoreSnapshots}, as for any submitted assessment. The audit
 * trail is left alone: nobody did these things. Run by the {@code generate} profile
 * ({@link GeneratorConfiguration}); never part of a normal start.
 */
@Component
public class NetworkGenerator {

    static final String FRAMEWORK = "ccr-cleo-2021";
    static final String NETWORK_NAME = "Réseau national (données générées)";
    static final String EMAIL_DOMAIN = "generated.repere";

    private static final Logger log = LoggerFactory.getLogger(NetworkGenerator.class);

    /**
     * What to generate. {@code label} tells generated networks apart in one database (their
     * network name, e-mail domain and organisation names carry it); empty for the default one.
     */
    public record Settings(
            String label, int organisations, int assessmentsPerOrganisation, int sharingPercent, long seed) {

        public static Settings defaults() {
            return new Settings("", 1000, 10, 80, 2021);
        }

        public String networkName() {
            return label.isEmpty() ? NETWORK_NAME : NETWORK_NAME + " " + label;
        }

        public String emailDomain() {
            return label.isEmpty() ? EMAIL_DOMAIN : label.toLowerCase(Locale.ROOT) + "." + EMAIL_DOMAIN;
        }

        public String coordinatorEmail() {
            return "coordinator@" + emailDomain();
        }

        public String leadEmail(int index) {
            return String.format(Locale.ROOT, "lead-%04d@%s", index + 1, emailDomain());
        }
    }

    /** What was generated (or nothing, with {@code created} false, when the network already existed). */
    public record Result(
            boolean created,
            long networkId,
            int organisations,
            int assessments,
            int answers,
            int actions,
            int scored,
            Duration writing,
            Duration scoring) {}

    private final JdbcTemplate jdbc;
    private final FrameworkLibrary frameworks;
    private final ScoreSnapshots snapshots;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NetworkGenerator(
            JdbcTemplate jdbc,
            FrameworkLibrary frameworks,
            ScoreSnapshots snapshots,
            PasswordEncoder passwords,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.snapshots = snapshots;
        this.passwords = passwords;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Generates the network unless one of that name exists: a second run changes nothing and says
     * so, whatever the settings (delete the network and its organisations, or use another label).
     */
    public Result generate(Settings settings) {
        if (settings.organisations() < 1 || settings.assessmentsPerOrganisation() < 1) {
            throw new IllegalArgumentException("At least one organisation and one assessment each");
        }
        List<Long> existing = jdbc.queryForList(
                "select id from network where lower(name) = lower(?)", Long.class, settings.networkName());
        if (!existing.isEmpty()) {
            log.warn(
                    "The network \"{}\" exists already (id {}): nothing generated. To generate again, start on an"
                            + " empty database or set repere.generate.label to make another network.",
                    settings.networkName(),
                    existing.get(0));
            return new Result(false, existing.get(0), 0, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO);
        }
        long start = System.nanoTime();
        Result written = transactions.execute(status -> new Writer(settings).write());
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        long scoringStart = System.nanoTime();
        int scored = snapshots.keepMissing();
        Duration scoring = Duration.ofNanos(System.nanoTime() - scoringStart);
        log.info(
                "Generated \"{}\": {} organisations, {} assessments ({} answers), {} actions in {} ms; scored {}"
                        + " assessments in {} ms. Coordinator: {} / {}",
                settings.networkName(),
                written.organisations(),
                written.assessments(),
                written.answers(),
                written.actions(),
                writing.toMillis(),
                scored,
                scoring.toMillis(),
                settings.coordinatorEmail(),
                DemoMode.PASSWORD);
        return new Result(
                true,
                written.networkId(),
                written.organisations(),
                written.assessments(),
                written.answers(),
                written.actions(),
                scored,
                writing,
                scoring);
    }

    /** One generation: the random source and the rows, table by table. */
    private final class Writer {

        private final Settings settings;
        private final Random random;
        private final Instant now;
        private final LocalDate today;
        private final FrameworkVersionView version;
        private final int lowest;
        private final int highest;
        private final Map<String, Double> difficulty = new HashMap<>();

        Writer(Settings settings) {
            this.settings = settings;
            this.random = new Random(settings.seed());
            this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            this.today = LocalDate.now(clock);
            long versionId = frameworks.publishedVersions().stream()
                    .filter(summary -> summary.frameworkCode().equals(FRAMEWORK))
                    .min(Comparator.comparing(
                            FrameworkVersionSummary::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(FrameworkVersionSummary::id)
                    .orElseThrow(() -> new IllegalStateException("The " + FRAMEWORK + " framework is not loaded"));
            this.version = frameworks.pinnedVersion(versionId);
            this.lowest = version.ratingScale().stream()
                    .mapToInt(RatingLevelView::value)
                    .min()
                    .orElseThrow();
            this.highest = version.ratingScale().stream()
                    .mapToInt(RatingLevelView::value)
                    .max()
                    .orElseThrow();
            for (PillarView pillar : version.pillars()) {
                for (CriterionView criterion : pillar.criteria()) {
                    difficulty.put(
                            criterion.code(),
                            Texts.HARDER.getOrDefault(criterion.code(), 0.0) + random.nextGaussian() * 0.3);
                }
            }
        }

        Result write() {
            int count = settings.organisations();
            String passwordHash = passwords.encode(DemoMode.PASSWORD);
            long networkId = jdbc.queryForObject(
                    "insert into network (name, description, created_at) values (?, ?, ?) returning id",
                    Long.class,
                    settings.networkName(),
                    "Réseau généré pour mesurer le tableau de bord / Generated network to measure the dashboard",
                    java.sql.Timestamp.from(now.minus(3650 + 200, ChronoUnit.DAYS)));
            long[] organisationIds = reserve("organisation", count);
            long[] leadIds = reserve("app_user", count + 1);
            long coordinatorId = leadIds[count];

            Set<String> names = new HashSet<>(jdbc.queryForList("select lower(name) from organisation", String.class));
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                members.add(member(i, organisationIds[i], leadIds[i], names));
            }

            rows(
                    "organisation",
                    "id bigint, name varchar, province varchar, size_band varchar, paid_staff_count int,"
                            + " volunteer_count int, newcomer_focused boolean, created_at timestamptz",
                    true,
                    members.stream()
                            .map(m -> new Object[] {
                                m.id, m.name, m.province, m.size, m.paidStaff, m.volunteers, m.newcomerFocused, m.since
                            })
                            .toList());
            rows(
                    "organisation_service_area",
                    "organisation_id bigint, service_area varchar",
                    false,
                    members.stream()
                            .flatMap(m -> m.areas.stream().map(area -> new Object[] {m.id, area}))
                            .toList());
            List<Object[]> users = new ArrayList<>();
            List<Object[]> memberships = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Member m = members.get(i);
                users.add(
                        new Object[] {m.leadId, settings.leadEmail(i), m.leadName, passwordHash, m.language, m.since});
                memberships.add(new Object[] {m.leadId, "ORG_LEAD", m.id, null, m.since});
            }
            users.add(new Object[] {
                coordinatorId,
                settings.coordinatorEmail(),
                "Coordination — " + settings.networkName(),
                passwordHash,
                "fr",
                now.minus(3650, ChronoUnit.DAYS)
            });
            memberships.add(
                    new Object[] {coordinatorId, "COORDINATOR", null, networkId, now.minus(3650, ChronoUnit.DAYS)});
            rows(
                    "app_user",
                    "id bigint, email varchar, display_name varchar, password_hash varchar, preferred_language varchar,"
                            + " created_at timestamptz",
                    true,
                    users);
            rows(
                    "membership",
                    "user_id bigint, role varchar, organisation_id bigint, network_id bigint, created_at timestamptz",
                    false,
                    memberships);
            rows(
                    "network_member",
                    "network_id bigint, organisation_id bigint, joined_at timestamptz",
                    false,
                    members.stream()
                            .map(m -> new Object[] {networkId, m.id, m.since.plus(30, ChronoUnit.DAYS)})
                            .toList());
            rows(
                    "network_sharing",
                    "network_id bigint, organisation_id bigint, shared_since timestamptz, shared_by bigint",
                    false,
                    members.stream()
                            .filter(m -> m.shares)
                            .map(m -> new Object[] {networkId, m.id, m.since.plus(60, ChronoUnit.DAYS), m.leadId})
                            .toList());

            int assessments = writeAssessments(members);
            int answers = assessments * version.criterionCount();
            int actions = writeActions(members);
            return new Result(true, networkId, count, assessments, answers, actions, 0, Duration.ZERO, Duration.ZERO);
        }

        private Member member(int index, long id, long leadId, Set<String> names) {
            Province province = Texts.pick(random, Texts.PROVINCES);
            boolean french = switch (province) {
                case QC -> true;
                case NB -> random.nextInt(100) < 40;
                case ON, MB -> random.nextInt(100) < 8;
                default -> false;
            };
            String name = Texts.organisationName(
                    random, province, french, settings.label().isEmpty() ? "" : " · " + settings.label(), names);
            names.add(name.toLowerCase(Locale.ROOT));
            SizeBand size = Texts.pick(random, Texts.SIZES);
            int people = switch (size) {
                case MICRO -> 1 + random.nextInt(4);
                case SMALL -> 5 + random.nextInt(20);
                case MEDIUM -> 25 + random.nextInt(75);
                case LARGE -> 100 + random.nextInt(150);
            };
            int paidStaff =
                    size == SizeBand.MICRO ? random.nextInt(2) : (int) (people * (0.3 + random.nextDouble() * 0.6));
            Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
            int areaCount = 1 + random.nextInt(4);
            while (areas.size() < areaCount) {
                areas.add(ServiceArea.values()[random.nextInt(ServiceArea.values().length)]);
            }
            // Where the organisation starts, and how it moves from one self-assessment to the next.
            double level = clamp(1.7 + random.nextGaussian() * 0.6, 0.3, 3.3);
            int trajectory = random.nextInt(100);
            double perYear = trajectory < 45
                    ? 0.06 + random.nextDouble() * 0.14
                    : trajectory < 85 ? -0.03 + random.nextDouble() * 0.08 : -0.12 + random.nextDouble() * 0.09;
            // First self-assessment in the first months of the ten years; the last one up to
            // twenty months ago, so that a good share of members are due for the next.
            Instant first = now.minus(3650 - random.nextInt(180), ChronoUnit.DAYS);
            Instant last = now.minus(5 + random.nextInt(600), ChronoUnit.DAYS);
            Instant since = first.minus(30 + random.nextInt(300), ChronoUnit.DAYS);
            return new Member(
                    id,
                    leadId,
                    name,
                    province.name(),
                    size.name(),
                    paidStaff,
                    people - paidStaff,
                    random.nextInt(100) < 85,
                    areas.stream().map(Enum::name).toList(),
                    french ? "fr" : "en",
                    Texts.personName(random),
                    random.nextInt(100) < settings.sharingPercent(),
                    since,
                    first,
                    last,
                    level,
                    perYear);
        }

        private int writeAssessments(List<Member> members) {
            int perOrganisation = settings.assessmentsPerOrganisation();
            // Some members have begun their next self-assessment: the latest is a draft.
            List<Boolean> drafting =
                    members.stream().map(m -> random.nextInt(100) < 15).toList();
            int drafts = (int) drafting.stream().filter(Boolean::booleanValue).count();
            long[] ids = reserve("assessment", members.size() * perOrganisation + drafts);
            List<Object[]> assessments = new ArrayList<>();
            List<Object[]> areas = new ArrayList<>();
            List<Object[]> pillars = new ArrayList<>();
            List<Object[]> answers = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            int next = 0;
            for (int o = 0; o < members.size(); o++) {
                Member m = members.get(o);
                Map<String, Boolean> notApplicable = new HashMap<>();
                Map<String, Double> habit = new HashMap<>();
                for (PillarView pillar : version.pillars()) {
                    for (CriterionView criterion : pillar.criteria()) {
                        notApplicable.put(
                                criterion.code(),
                                random.nextDouble() < Texts.NOT_APPLICABLE.getOrDefault(criterion.code(), 0.02));
                        habit.put(criterion.code(), random.nextGaussian() * 0.45);
                    }
                }
                long span = Duration.between(m.first, m.last).toDays();
                for (int k = 0; k < perOrganisation; k++) {
                    long id = ids[next++];
                    long days = perOrganisation == 1 ? span : span * k / (perOrganisation - 1);
                    long jitter = k == 0 || k == perOrganisation - 1 ? 0 : random.nextInt(61) - 30;
                    Instant submitted = m.first
                            .plus(days + jitter, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.DAYS)
                            .plus(13 * 60 + random.nextInt(8 * 60), ChronoUnit.MINUTES);
                    Instant created = submitted.minus(14 + random.nextInt(76), ChronoUnit.DAYS);
                    double years = Duration.between(m.first, submitted).toDays() / 365.25;
                    String label = (m.language.equals("fr") ? "Autoévaluation " : "Self-assessment ")
                            + submitted.atZone(clock.getZone()).getYear();
                    assessments.add(assessment(id, m, label, "SUBMITTED", created, submitted));
                    events.add(new Object[] {id, "STARTED", m.leadId, created});
                    events.add(new Object[] {id, "SUBMITTED", m.leadId, submitted});
                    addScope(id, m, areas, pillars);
                    for (PillarView pillar : version.pillars()) {
                        for (CriterionView criterion : pillar.criteria()) {
                            // An organisation mostly keeps its view of what does not apply to it.
                            boolean applicable = !notApplicable.get(criterion.code()) || random.nextInt(10) == 0;
                            Integer rating = applicable
                                    ? (int) Math.round(clamp(
                                            m.level
                                                    + m.perYear * years
                                                    + difficulty.get(criterion.code())
                                                    + habit.get(criterion.code())
                                                    + random.nextGaussian() * 0.5,
                                            lowest,
                                            highest))
                                    : null;
                            answers.add(new Object[] {
                                id,
                                criterion.id(),
                                pillar.id(),
                                applicable,
                                applicable ? null : Texts.pick(random, Texts.reasons(m.language)),
                                rating,
                                rating != null && random.nextInt(3) == 0
                                        ? Texts.pick(random, Texts.evidence(m.language))
                                        : null,
                                m.leadId,
                                submitted.minus(1 + random.nextInt(10), ChronoUnit.DAYS)
                            });
                        }
                    }
                }
                if (drafting.get(o)) {
                    long id = ids[next++];
                    Instant created = now.minus(1 + random.nextInt(60), ChronoUnit.DAYS);
                    String label = (m.language.equals("fr") ? "Autoévaluation " : "Self-assessment ") + today.getYear();
                    assessments.add(assessment(id, m, label, "DRAFT", created, null));
                    events.add(new Object[] {id, "STARTED", m.leadId, created});
                    addScope(id, m, areas, pillars);
                    for (PillarView pillar : version.pillars()) {
                        for (CriterionView criterion : pillar.criteria()) {
                            answers.add(
                                    new Object[] {id, criterion.id(), pillar.id(), true, null, null, null, null, null});
                        }
                    }
                }
            }
            rows(
                    "assessment",
                    "id bigint, organisation_id bigint, framework_version_id bigint, label varchar, scope varchar,"
                            + " status varchar, context_province varchar, context_size_band varchar,"
                            + " context_paid_staff int, context_volunteers int, context_newcomer_focused boolean,"
                            + " created_by bigint, created_at timestamptz, submitted_by bigint,"
                            + " submitted_at timestamptz",
                    true,
                    assessments);
            rows("assessment_context_service_area", "assessment_id bigint, service_area varchar", false, areas);
            rows("assessment_pillar", "assessment_id bigint, pillar_id bigint", false, pillars);
            rows(
                    "answer",
                    "assessment_id bigint, criterion_id bigint, pillar_id bigint, applicable boolean,"
                            + " not_applicable_reason varchar, rating int, evidence varchar, updated_by bigint,"
                            + " updated_at timestamptz",
                    false,
                    answers);
            rows(
                    "assessment_event",
                    "assessment_id bigint, kind varchar, user_id bigint, occurred_at timestamptz",
                    false,
                    events);
            return members.size() * perOrganisation;
        }

        private Object[] assessment(
                long id, Member m, String label, String status, Instant created, Instant submitted) {
            return new Object[] {
                id,
                m.id,
                version.id(),
                label,
                "FULL",
                status,
                m.province,
                m.size,
                m.paidStaff,
                m.volunteers,
                m.newcomerFocused,
                m.leadId,
                created,
                submitted == null ? null : m.leadId,
                submitted
            };
        }

        private void addScope(long id, Member m, List<Object[]> areas, List<Object[]> pillars) {
            m.areas.forEach(area -> areas.add(new Object[] {id, area}));
            version.pillars().forEach(pillar -> pillars.add(new Object[] {id, pillar.id()}));
        }

        /** A few actions per member, most of them still open, some overdue. */
        private int writeActions(List<Member> members) {
            List<int[]> plan = new ArrayList<>();
            for (int o = 0; o < members.size(); o++) {
                int actions = random.nextInt(7);
                for (int a = 0; a < actions; a++) {
                    plan.add(new int[] {o, random.nextInt(Texts.ACTIONS.size())});
                }
            }
            long[] ids = reserve("action", plan.size());
            List<Object[]> actions = new ArrayList<>();
            List<Object[]> criteria = new ArrayList<>();
            List<Object[]> logs = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                Member m = members.get(plan.get(i)[0]);
                Texts.Action action = Texts.ACTIONS.get(plan.get(i)[1]);
                int roll = random.nextInt(100);
                String status = roll < 35 ? "DONE" : roll < 65 ? "IN_PROGRESS" : "PLANNED";
                Instant created = m.last.plus(
                        random.nextInt(
                                (int) Math.max(1, Duration.between(m.last, now).toDays())),
                        ChronoUnit.DAYS);
                LocalDate due = today.plusDays(random.nextInt(300) - 130);
                int owner = random.nextInt(10);
                actions.add(new Object[] {
                    ids[i],
                    m.id,
                    m.language.equals("fr") ? action.fr() : action.en(),
                    owner < 5 ? m.leadId : null,
                    owner >= 5 && owner < 7 ? (m.language.equals("fr") ? "Conseil d’administration" : "Board") : null,
                    due,
                    random.nextInt(3) == 0 ? "HIGH" : "NORMAL",
                    status,
                    m.leadId,
                    created,
                    created
                });
                criteria.add(new Object[] {ids[i], FRAMEWORK, action.criterion()});
                logs.add(new Object[] {ids[i], m.leadId, created, null, "PLANNED"});
                if (!status.equals("PLANNED")) {
                    logs.add(new Object[] {ids[i], m.leadId, created.plus(1, ChronoUnit.DAYS), "PLANNED", status});
                }
            }
            rows(
                    "action",
                    "id bigint, organisation_id bigint, title varchar, owner_user_id bigint, owner_name varchar,"
                            + " due_date date, priority varchar, status varchar, created_by bigint,"
                            + " created_at timestamptz, updated_at timestamptz",
                    true,
                    actions);
            rows(
                    "action_criterion",
                    "action_id bigint, framework_code varchar, criterion_code varchar",
                    false,
                    criteria);
            rows(
                    "action_log",
                    "action_id bigint, user_id bigint, logged_at timestamptz, from_status varchar, to_status varchar",
                    false,
                    logs);
            return plan.size();
        }

        /** Ids taken from the table's own identity sequence, so that later inserts never collide. */
        private long[] reserve(String table, int count) {
            if (count == 0) {
                return new long[0];
            }
            return jdbc
                    .queryForList(
                            "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                            Long.class,
                            table,
                            count)
                    .stream()
                    .mapToLong(Long::longValue)
                    .toArray();
        }

        private void rows(String table, String columns, boolean withIds, List<Object[]> rows) {
            long start = System.nanoTime();
            BulkInsert.rows(jdbc, table, columns, withIds, rows);
            log.debug("{} rows into {} in {} ms", rows.size(), table, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private record Member(
            long id,
            long leadId,
            String name,
            String province,
            String size,
            int paidStaff,
            int volunteers,
            boolean newcomerFocused,
            List<String> areas,
            String language,
            String leadName,
            boolean shares,
            Instant since,
            Instant first,
            Instant last,
            double level,
            double perYear) {}
}

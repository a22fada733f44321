package ca.repere;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.account.Grant;
import ca.repere.actionplan.ActionPlanService;
import ca.repere.assessment.AssessmentService;
import ca.repere.assessment.Priority;
import ca.repere.network.NetworkSharing;
import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.HtmlChecker;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTML page of the application, in a real Chromium, for every role that may see it, in
 * French and in English, with the forms also shown with their errors, and the error pages: axe-core
 * finds no serious or critical WCAG 2.1 A/AA violation, the W3C Nu HTML Checker finds no error in
 * the HTML as served, and no page scrolls sideways on a 320 px wide phone. The list of pages comes
 * from Spring's request mappings: a new page that this suite does not know about fails it.
 *
 * <p>The pages are visited once, by the first test to run; each test then judges one quality over
 * all of them, so that a failure names every page, rule and place at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 320;
    private static final int LARGE_PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 800;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** GET routes that never answer with a page of their own, and why. */
    private static final Map<String, String> NOT_PAGES = Map.of(
            "/organisations/{organisationId}/assessments/{assessmentId}/report.{extension}",
                    "download (PDF, DOCX, CSV)",
            "/organisations/{organisationId}/actions/export.{extension}", "download (PDF, CSV)",
            "/networks/{networkId}/dashboard/{table}.{format}", "download (CSV, XLSX)",
            "/admin/frameworks/versions/{id}/export.yaml", "download (framework file)",
            "/admin/frameworks/framework-file.schema.json", "download (JSON Schema)",
            "/account/preferences", "redirect only: the language preference is set by POST");

    private enum Role {
        ANONYMOUS,
        STAFF,
        LEAD,
        COORDINATOR,
        ADMIN
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    AssessmentService assessments;

    @Autowired
    NetworkSharing sharing;

    @Autowired
    ActionPlanService actionPlan;

    private final HtmlChecker htmlChecker = new HtmlChecker();

    /** Route pattern → the URL that shows it with the test's data. */
    private final Map<String, String> pages = new LinkedHashMap<>();

    private final Map<String, String> screenshots = new LinkedHashMap<>();

    private final List<FormWithErrors> formsWithErrors = new ArrayList<>();

    private Crawl crawl;

    private long organisation;
    private long network;
    private long submitted;
    private long draft;
    private long action;
    private long frameworkDraft;
    private final Map<Role, Map<Language, User>> users = new TreeMap<>();
    private String invitationToken;
    private String passwordResetToken;

    @BeforeAll
    void pagesAndTheirData() {
        organisation = data.organisation(TestData.unique("Centre d’accueil"));
        long neighbour = data.organisation(TestData.unique("Maison voisine"));
        network = data.network(organisation, neighbour);
        for (Language language : Language.values()) {
            Map<Role, User> byRole = Map.of(
                    Role.STAFF, data.user(language, Grant.staffOf(organisation)),
                    Role.LEAD, data.user(language, Grant.leadOf(organisation)),
                    Role.COORDINATOR, data.user(language, Grant.coordinatorOf(network)),
                    Role.ADMIN, data.user(language, Grant.admin()));
            byRole.forEach((role, user) ->
                    users.computeIfAbsent(role, any -> new TreeMap<>()).put(language, user));
        }
        User lead = users.get(Role.LEAD).get(Language.FR);

        // A submitted assessment shared with the network (report, review, reopen), a second
        // member's (so the dashboard compares), and a draft answered but not submitted.
        submitted = testAssessments.ccrCleoRated(lead, organisation, Map.of("1.5", 1, "1.6", 0, "4.3", 0));
        assessments.submit(data.current(lead), organisation, submitted);
        sharing.share(data.current(lead), organisation, network, true);
        User neighbourLead = data.user(Grant.leadOf(neighbour));
        long neighbours = testAssessments.ccrCleoRated(neighbourLead, neighbour, Map.of("2.1", 1));
        assessments.submit(data.current(neighbourLead), neighbour, neighbours);
        sharing.share(data.current(neighbourLead), neighbour, network, true);
        draft = testAssessments.ccrCleoRated(lead, organisation, Map.of("3.2", 2));
        action = actionPlan.create(
                data.current(lead),
                organisation,
                new ActionPlanService.NewAction(
                        "Former l’équipe à la confidentialité",
                        "Deux séances d’ici l’automne.",
                        Set.of(),
                        users.get(Role.STAFF).get(Language.FR).id(),
                        null,
                        null,
                        Priority.HIGH,
                        submitted));
        invitationToken = pendingInvitation();
        passwordResetToken = pendingPasswordReset(users.get(Role.STAFF).get(Language.EN));

        long ccrCleo = testFrameworks.ccrCleo().id();
        frameworkDraft = frameworkDraft(ccrCleo);
        long draftPillar = jdbc.sql("select min(id) from pillar where framework_version_id = ?")
                .param(frameworkDraft)
                .query(Long.class)
                .single();
        long draftCriterion = jdbc.sql("select min(id) from criterion where pillar_id = ?")
                .param(draftPillar)
                .query(Long.class)
                .single();
        long staffId = users.get(Role.STAFF).get(Language.FR).id();

        String o = "/organisations/" + organisation;
        String a = o + "/assessments/" + draft;
        String s = o + "/assessments/" + submitted;
        String v = "/admin/frameworks/versions/" + frameworkDraft;
        page("/", "/", "home");
        page("/login", "/login", "login");
        page("/password-reset", "/password-reset");
        page("/password-reset/sent", "/password-reset/sent");
        page("/password-reset/{token}", "/password-reset/" + passwordResetToken);
        page("/invitations/{token}", "/invitations/" + invitationToken);
        page("/invitations/{token}/join", "/invitations/" + invitationToken + "/join");
        page("/account", "/account");
        page("/frameworks", "/frameworks");
        page("/frameworks/{id}", "/frameworks/" + ccrCleo);
        page("/organisations/{id}", o);
        page("/organisations/{organisationId}/members", o + "/members");
        page("/organisations/{organisationId}/sharing", o + "/sharing");
        page("/organisations/{organisationId}/assessments", o + "/assessments", "assessments");
        page("/organisations/{organisationId}/assessments/new", o + "/assessments/new");
        page("/organisations/{organisationId}/assessments/{assessmentId}", a);
        page("/organisations/{organisationId}/assessments/{assessmentId}/context", a + "/context");
        page("/organisations/{organisationId}/assessments/{assessmentId}/scope", a + "/scope");
        page("/organisations/{organisationId}/assessments/{assessmentId}/assignments", a + "/assignments");
        page(
                "/organisations/{organisationId}/assessments/{assessmentId}/pillars/{pillarCode}",
                a + "/pillars/1",
                "pillar");
        page("/organisations/{organisationId}/assessments/{assessmentId}/review", a + "/review");
        page("/organisations/{organisationId}/assessments/{assessmentId}/submit", a + "/submit");
        page("/organisations/{organisationId}/assessments/{assessmentId}/delete", a + "/delete");
        page("/organisations/{organisationId}/assessments/{assessmentId}/reopen", s + "/reopen");
        page("/organisations/{organisationId}/assessments/{assessmentId}/report", s + "/report", "report");
        page("/organisations/{organisationId}/actions", o + "/actions", "action-plan");
        page("/organisations/{organisationId}/actions/new", o + "/actions/new");
        page("/organisations/{organisationId}/actions/{actionId}", o + "/actions/" + action);
        page("/organisations/{organisationId}/actions/{actionId}/edit", o + "/actions/" + action + "/edit");
        page("/networks/{id}", "/networks/" + network);
        page("/networks/{networkId}/dashboard", "/networks/" + network + "/dashboard", "network-dashboard");
        page("/networks/{networkId}/reviews/{assessmentId}", "/networks/" + network + "/reviews/" + submitted);
        page("/admin", "/admin", "admin-hub");
        page("/admin/audit", "/admin/audit");
        page("/admin/outbox", "/admin/outbox");
        page("/admin/users", "/admin/users");
        page("/admin/users/{userId}", "/admin/users/" + staffId);
        page("/admin/invitations", "/admin/invitations");
        page("/admin/invitations/new", "/admin/invitations/new");
        page("/admin/organisations", "/admin/organisations");
        page("/admin/organisations/new", "/admin/organisations/new");
        page("/admin/organisations/{id}", "/admin/organisations/" + organisation);
        page("/admin/organisations/{id}/edit", "/admin/organisations/" + organisation + "/edit");
        page("/admin/networks", "/admin/networks");
        page("/admin/networks/new", "/admin/networks/new");
        page("/admin/networks/{id}", "/admin/networks/" + network);
        page("/admin/networks/{id}/edit", "/admin/networks/" + network + "/edit");
        page(
                "/admin/networks/{id}/members/{organisationId}/remove",
                "/admin/networks/" + network + "/members/" + neighbour + "/remove");
        page("/admin/frameworks", "/admin/frameworks");
        page("/admin/frameworks/new", "/admin/frameworks/new");
        page("/admin/frameworks/import", "/admin/frameworks/import");
        page("/admin/frameworks/versions/{id}", v, "framework-editor");
        page("/admin/frameworks/versions/{id}/copy", "/admin/frameworks/versions/" + ccrCleo + "/copy");
        page("/admin/frameworks/versions/{id}/preview", v + "/preview");
        page("/admin/frameworks/versions/{id}/publish", v + "/publish");
        page("/admin/frameworks/versions/{id}/retire", "/admin/frameworks/versions/" + ccrCleo + "/retire");
        page("/admin/frameworks/versions/{id}/delete", v + "/delete");
        page("/admin/frameworks/versions/{id}/details", v + "/details");
        page("/admin/frameworks/versions/{id}/scale", v + "/scale");
        page("/admin/frameworks/versions/{id}/pillars/new", v + "/pillars/new");
        page("/admin/frameworks/versions/{id}/pillars/{pillarId}", v + "/pillars/" + draftPillar);
        page("/admin/frameworks/versions/{id}/pillars/{pillarId}/remove", v + "/pillars/" + draftPillar + "/remove");
        page(
                "/admin/frameworks/versions/{id}/pillars/{pillarId}/criteria/new",
                v + "/pillars/" + draftPillar + "/criteria/new");
        page("/admin/frameworks/versions/{id}/criteria/{criterionId}", v + "/criteria/" + draftCriterion);
        page(
                "/admin/frameworks/versions/{id}/criteria/{criterionId}/remove",
                v + "/criteria/" + draftCriterion + "/remove");

        // Each form once with what it refuses, as the person who fills it in.
        form(Role.ANONYMOUS, "/login", emptied());
        form(Role.ANONYMOUS, "/password-reset", emptied());
        form(Role.ANONYMOUS, "/password-reset/" + passwordResetToken, emptied());
        form(Role.ANONYMOUS, "/invitations/" + invitationToken, emptied());
        form(Role.STAFF, "/account", emptied());
        form(Role.LEAD, o + "/members", emptied());
        form(Role.LEAD, o + "/assessments/new", emptied());
        form(Role.LEAD, a + "/context", emptied());
        form(Role.LEAD, a + "/scope", emptied());
        form(Role.STAFF, a + "/pillars/1", emptied());
        form(Role.LEAD, s + "/reopen", emptied());
        form(Role.LEAD, o + "/actions/new", emptied());
        form(Role.LEAD, o + "/actions/" + action + "/edit", emptied());
        form(Role.COORDINATOR, "/networks/" + network + "/reviews/" + submitted, emptied());
        form(Role.ADMIN, "/admin/users/" + staffId, emptied());
        form(Role.ADMIN, "/admin/invitations/new", emptied());
        form(Role.ADMIN, "/admin/organisations/new", emptied());
        form(Role.ADMIN, "/admin/organisations/" + organisation + "/edit", emptied());
        form(Role.ADMIN, "/admin/networks/new", emptied());
        form(Role.ADMIN, "/admin/networks/" + network + "/edit", emptied());
        form(Role.ADMIN, "/admin/frameworks/new", emptied());
        form(Role.ADMIN, "/admin/frameworks/import", emptied());
        form(Role.ADMIN, "/admin/frameworks/versions/" + ccrCleo + "/copy", emptied());
        form(Role.ADMIN, v + "/details", emptied());
        form(Role.ADMIN, v + "/scale", emptied());
        form(Role.ADMIN, v + "/pillars/new", emptied());
        form(Role.ADMIN, v + "/pillars/" + draftPillar + "/criteria/new", emptied());
    }

    @Test
    void everyHtmlPageOfTheApplicationIsInTheSuiteAndSeenByAtLeastOneRole() {
        Set<String> routes = htmlRoutes();
        assertThat(new TreeSet<>(routes))
                .as("GET routes of the application without a page in this suite (add one, or a reason to NOT_PAGES)")
                .allMatch(pages::containsKey);
        assertThat(new TreeSet<>(pages.keySet()))
                .as("pages of this suite that the application no longer has")
                .allMatch(routes::contains);
        Map<String, Set<String>> seen = crawl().seenBy;
        assertThat(pages.keySet().stream().filter(route -> !seen.containsKey(route)))
                .as("pages no role could open (their data is wrong?)")
                .isEmpty();
        assertThat(crawl().unexpectedStatus).as("error pages").isEmpty();
        assertThat(crawl().formsWithoutErrors)
                .as("forms that showed no error after an invalid submission")
                .isEmpty();
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() {
        assertThat(crawl().accessibility)
                .as("axe-core, WCAG 2.1 A/AA, impact serious or critical")
                .isEmpty();
    }

    @Test
    void everyPageIsValidHtml() {
        assertThat(crawl().html).as("W3C Nu HTML Checker errors").isEmpty();
    }

    @Test
    void noPageScrollsSidewaysOnA320PixelPhone() {
        assertThat(crawl().scrolling).as("pages wider than a 320 px screen").isEmpty();
    }

    // ---------------------------------------------------------------------------------------
    // The visit

    private Crawl crawl() {
        if (crawl == null) {
            crawl = new Crawl();
            Instant started = Instant.now();
            try {
                for (Language language : Language.values()) {
                    for (Role role : Role.values()) {
                        crawl.visitAll(role, language);
                    }
                }
            } finally {
                crawl.elapsed = Duration.between(started, Instant.now());
                report(crawl);
            }
        }
        return crawl;
    }

    private void report(Crawl crawl) {
        System.out.printf(
                "EveryPageBrowserTest: %d page views (%d routes, %d forms with errors, 2 languages) in %d s:"
                        + " navigation %d s, HTML checker %d s, scroll check %d s, axe-core %d s%n",
                crawl.views,
                pages.size(),
                formsWithErrors.size(),
                crawl.elapsed.toSeconds(),
                crawl.navigateNanos / 1_000_000_000,
                crawl.htmlNanos / 1_000_000_000,
                crawl.scrollNanos / 1_000_000_000,
                crawl.axeNanos / 1_000_000_000);
    }

    private final class Crawl {

        final Map<String, Set<String>> seenBy = new TreeMap<>();
        final List<String> accessibility = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<String> scrolling = new ArrayList<>();
        final List<String> formsWithoutErrors = new ArrayList<>();
        final List<String> unexpectedStatus = new ArrayList<>();
        int views;
        Duration elapsed;

        void visitAll(Role role, Language language) {
            BrowserContext context = newContext(language == Language.FR ? "fr-CA" : "en-CA");
            context.setDefaultTimeout(15_000);
            withAxe(context);
            Page page = context.newPage();
            page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
            // Pages that warn about unsaved changes must not hold the next navigation.
            page.onDialog(dialog -> dialog.accept());
            if (role != Role.ANONYMOUS) {
                login(page, users.get(role).get(language).email(), TestData.PASSWORD);
            }
            String who = role.name().toLowerCase() + "/" + language.code();
            for (Map.Entry<String, String> entry : pages.entrySet()) {
                // Ask first, without the browser: most pages are refused to most roles.
                APIResponse allowed = context.request()
                        .get(entry.getValue(), RequestOptions.create().setMaxRedirects(0));
                int status = allowed.status();
                allowed.dispose();
                if (status != 200) {
                    continue;
                }
                long n0 = System.nanoTime();
                Response response = page.navigate(entry.getValue());
                navigateNanos += System.nanoTime() - n0;
                if (response == null
                        || response.status() != 200
                        || response.request().redirectedFrom() != null) {
                    unexpectedStatus.add(entry.getValue() + " (" + who + ") answered 200, then "
                            + (response == null ? "nothing" : response.status()) + " in the browser");
                    continue;
                }
                seenBy.computeIfAbsent(entry.getKey(), any -> new TreeSet<>()).add(role.name());
                String where = entry.getValue() + " (" + who + ")";
                check(page, response, where);
                String screenshot = screenshots.get(entry.getKey());
                if (screenshot != null && mainRoleFor(entry.getKey()) == role && language == Language.FR) {
                    atEveryWidth(page, language.code() + "-" + screenshot, where);
                }
            }
            for (FormWithErrors form : formsWithErrors) {
                if (form.role() != role) {
                    continue;
                }
                page.navigate(form.url());
                // The answer to the POST, or the page it redirects to, once it has replaced this one.
                Response answer;
                try {
                    answer = page.waitForNavigation(() -> form.invalidate().accept(page));
                } catch (PlaywrightException e) {
                    formsWithoutErrors.add(form.url() + " (" + who + "): "
                            + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                String where = "POST " + form.url() + " (" + who + ")";
                if (page.locator("[data-error-summary], .invalid-feedback, .alert-danger")
                                .count()
                        == 0) {
                    formsWithoutErrors.add(where);
                }
                check(page, answer, where);
            }
            if (role == Role.STAFF) {
                errorPage(page, "/admin", Set.of(403), "403 " + who);
            }
            errorPage(page, "/no-such-page", Set.of(404), "404 " + who);
            errorPage(
                    page,
                    "/invitations/AAAAAAAAAAAAAAAA." + "A".repeat(43),
                    Set.of(404, 410),
                    "unusable invitation " + who);
            errorPage(
                    page,
                    "/password-reset/AAAAAAAAAAAAAAAA." + "A".repeat(43),
                    Set.of(404, 410),
                    "unusable reset " + who);
            context.close();
        }

        private void errorPage(Page page, String url, Set<Integer> expected, String where) {
            Response response = page.navigate(url);
            if (response.request().redirectedFrom() != null) {
                // Anonymous visitors are sent to the login page instead.
                return;
            }
            if (!expected.contains(response.status())) {
                unexpectedStatus.add(where + " " + url + " answered " + response.status() + ", not " + expected);
            }
            check(page, response, url + " " + where);
        }

        private void check(Page page, Response response, String where) {
            views++;
            long t0 = System.nanoTime();
            for (String error : htmlChecker.errors(response.text())) {
                html.add(where + " " + error);
            }
            long t1 = System.nanoTime();
            Object fits =
                    page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
            if (!Boolean.TRUE.equals(fits)) {
                scrolling.add(where + " is " + page.evaluate("() => document.documentElement.scrollWidth")
                        + " px wide: " + widest(page));
            }
            long t2 = System.nanoTime();
            accessibility.addAll(accessibilityViolations(page, WCAG_21_AA, BLOCKING_IMPACTS).stream()
                    .map(violation -> where + " " + violation)
                    .toList());
            long t3 = System.nanoTime();
            htmlNanos += t1 - t0;
            scrollNanos += t2 - t1;
            axeNanos += t3 - t2;
        }

        long htmlNanos;
        long scrollNanos;
        long axeNanos;
        long navigateNanos;

        private void atEveryWidth(Page page, String name, String where) {
            screenshot(page, name + "-" + PHONE_WIDTH);
            page.setViewportSize(LARGE_PHONE_WIDTH, PHONE_HEIGHT);
            screenshot(page, name + "-" + LARGE_PHONE_WIDTH);
            page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
            screenshot(page, name + "-" + DESKTOP_WIDTH);
            // The navigation is folded away on a phone: check it where it shows.
            accessibility.addAll(accessibilityViolations(page, WCAG_21_AA, BLOCKING_IMPACTS).stream()
                    .map(violation -> where + " at " + DESKTOP_WIDTH + " px " + violation)
                    .toList());
            page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        }
    }

    /** The elements that stick out of the page on the right, to say what to fix. */
    private static Object widest(Page page) {
        return page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right
                        <= document.documentElement.clientWidth + 1)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                    .join(', ')
                """);
    }

    /** Who is shown in the screenshot of a main page. */
    private static Role mainRoleFor(String route) {
        if (route.equals("/login")) {
            return Role.ANONYMOUS;
        }
        if (route.startsWith("/admin")) {
            return Role.ADMIN;
        }
        if (route.startsWith("/networks")) {
            return Role.COORDINATOR;
        }
        return Role.LEAD;
    }

    // ---------------------------------------------------------------------------------------
    // The routes and the forms

    /** Every GET route of the application's controllers that answers with a page. */
    private Set<String> htmlRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String controller = mapping.getValue().getBeanType().getName();
            if (!controller.startsWith("ca.repere.") || controller.startsWith("ca.repere.support.")) {
                continue;
            }
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!NOT_PAGES.containsKey(pattern)) {
                    routes.add(pattern);
                }
            }
        }
        return routes;
    }

    private void page(String route, String url) {
        pages.put(route, url);
    }

    private void page(String route, String url, String screenshot) {
        pages.put(route, url);
        screenshots.put(route, screenshot);
    }

    private void form(Role role, String url, Consumer<Page> invalidate) {
        formsWithErrors.add(new FormWithErrors(role, url, invalidate));
    }

    private record FormWithErrors(Role role, String url, Consumer<Page> invalidate) {}

    /**
     * Submits the page's main form (the one with the most fields: never a one-button form such as
     * "revoke") with every text field and list empty and
     * every text area far too long, past the browser's own checks, as a careless or hostile client
     * would: the server must answer with the form and its errors.
     */
    private static Consumer<Page> emptied() {
        return page -> page.evaluate("""
                () => {
                  const fields = f => f.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox])'
                      + ':not([type=submit]), textarea, select').length;
                  const forms = [...document.querySelectorAll('main form[method=post], main form[method=POST]')];
                  const form = forms.sort((a, b) => fields(b) - fields(a))[0];
                  if (!form) {
                    throw new Error('No form to submit on ' + location.pathname);
                  }
                  form.noValidate = true;
                  form.querySelectorAll('input, textarea, select').forEach(field => {
                    field.removeAttribute('required');
                    field.removeAttribute('maxlength');
                    if (field.tagName === 'TEXTAREA') {
                      field.value = 'x'.repeat(20001);
                    } else if (field.tagName === 'SELECT') {
                      field.selectedIndex = -1;
                    } else if (!['hidden', 'radio', 'checkbox', 'submit', 'file'].includes(field.type)) {
                      field.value = '';
                    }
                  });
                  const submit = form.querySelector('button[type=submit], button:not([type]), input[type=submit]');
                  submit.click();
                }
                """);
    }

    // ---------------------------------------------------------------------------------------
    // Data that only links in e-mails lead to

    /** A pending invitation whose link is known: only the hash of a link's secret is stored. */
    private String pendingInvitation() {
        Token token = Token.random();
        jdbc.sql("""
                        insert into invitation (email, display_name, language, role, organisation_id, selector,
                                                secret_hash, created_at, sent_at, expires_at)
                        values (?, 'Alex Martin', 'fr', 'ORG_STAFF', ?, ?, ?, now(), now(), now() + interval '7 days')
                        """)
                .params(
                        TestData.unique("invitee").toLowerCase() + "@example.org",
                        organisation,
                        token.selector,
                        token.hash())
                .update();
        return token.value();
    }

    private String pendingPasswordReset(User user) {
        Token token = Token.random();
        jdbc.sql("""
                        insert into password_reset (user_id, selector, secret_hash, created_at, expires_at)
                        values (?, ?, ?, now(), now() + interval '1 hour')
                        """).params(user.id(), token.selector, token.hash()).update();
        return token.value();
    }

    private record Token(String selector, String secret) {

        static Token random() {
            String letters = TestData.unique("").replaceAll("[^0-9]", "");
            return new Token(pad("s" + letters, 16), pad("t" + letters, 43));
        }

        private static String pad(String value, int length) {
            String padded = (value + "x".repeat(length));
            return padded.substring(padded.length() - length);
        }

        String value() {
            return selector + "." + secret;
        }

        byte[] hash() {
            try {
                return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A draft copied from the CCR/CLEO version, made as an admin does it, in the browser. */
    private long frameworkDraft(long source) {
        BrowserContext context = newContext(DEFAULT_LOCALE);
        Page admin = context.newPage();
        login(admin, users.get(Role.ADMIN).get(Language.FR).email(), TestData.PASSWORD);
        admin.navigate("/admin/frameworks/versions/" + source + "/copy");
        admin.locator("main form[method=post] input[type=text]").first().fill(TestData.unique("brouillon"));
        admin.locator("main form[method=post] button[type=submit]").first().click();
        admin.waitForURL(Pattern.compile(".*/admin/frameworks/versions/\\d+$"));
        Matcher id = Pattern.compile("/versions/(\\d+)$").matcher(admin.url());
        assertThat(id.find()).as(admin.url()).isTrue();
        context.close();
        return Long.parseLong(id.group(1));
    }
}

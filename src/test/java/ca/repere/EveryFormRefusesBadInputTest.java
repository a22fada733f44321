package ca.repere;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.repere.account.Grant;
import ca.repere.support.IntegrationTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Every form of the application, found in Spring's own handler mappings (a new POST route without
 * an entry below fails {@link #everyPostRouteHasAnEntry}), is posted what people and robots send
 * besides good input: text far over any limit, letters where numbers, dates or ids go, numbers too
 * large or negative, unknown choices, missing fields, script tags, right-to-left overrides and
 * emoji, NUL bytes (which PostgreSQL refuses in text), and no CSRF token.
 *
 * <p>Each form is first read from the page that shows it, as a browser would (so its good values,
 * hidden versions and new fields come from the page itself); one field at a time is then spoiled.
 * The answer must never be a server error. A refusal (4xx, the form again with its error summary,
 * or a redirect with an error message) leaves every application table as it was; an accepted value
 * (a redirect without error) must show escaped on the page it leads to.
 */
class EveryFormRefusesBadInputTest extends IntegrationTest {

    private static final String TOO_LONG = "a".repeat(10_000);
    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String UNICODE = "\u202Eévaluation 🇨🇦 👩🏽‍💼 ﷽ \u200B";
    private static final String NUL = "nul\u0000byte";
    /** Values a refused form must show again, escaped, in its field. */
    private static final Set<String> TYPED_BACK = Set.of(TOO_LONG, SCRIPT + UNICODE);

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]+");
    /** How a page says what went wrong: error summary, field message, or error notice. */
    private static final List<String> MESSAGE_SHOWN =
            List.of("data-error-summary", "is-invalid", "invalid-feedback d-block", "alert-danger");

    private static final Pattern REPEATED_ROW = Pattern.compile("\\[[1-9]\\d*]");
    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+)(?=/|$)");

    /** Routes no form posts to, or that this test cannot post to meaningfully, and why. */
    private static final Map<String, String> EXCLUDED =
            Map.of("/error", "Spring Boot's error page, reached by the container's error dispatch, not by a form");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private World world;

    @Test
    void everyPostRouteHasAnEntry() {
        Set<String> routes = postRoutes();
        Set<String> covered = new TreeSet<>(entries().keySet());
        covered.addAll(EXCLUDED.keySet());
        covered.removeAll(SECURITY_ROUTES);

        assertThat(routes)
                .as("POST routes without an entry in %s", getClass().getSimpleName())
                .isSubsetOf(covered);
        assertThat(covered).as("entries for routes that no longer exist").isSubsetOf(routes);
    }

    @Test
    void everyFormAnswersBadInputWithoutServerErrorAndRefusalsChangeNothing() {
        world = new World();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, Function<World, Target>> entry : entries().entrySet()) {
            RouteRun run = new RouteRun(entry.getKey(), entry.getValue(), failures);
            int count = run.all();
            cases += count;
        }
        assertThat(failures)
                .as("%d cases posted; failures:%n%s", cases, String.join("\n", failures))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // The table: for each POST route, who posts it, where, and the page that shows its form.

    private Map<String, Function<World, Target>> entries() {
        Map<String, Function<World, Target>> t = new TreeMap<>();
        String o = "/organisations/{organisationId}";
        String a = o + "/assessments";
        String aa = a + "/{assessmentId}";
        // Self-assessments: the lead of the world's organisation.
        t.put(a + "/new", w -> w.lead(w.assessments() + "/new").set("label", TestData.unique("Bilan")));
        t.put(aa + "/pillars/{pillarCode}", w -> w.lead(w.draftAssessment() + "/pillars/1"));
        t.put(aa + "/context", w -> w.lead(w.draftAssessment() + "/context"));
        t.put(aa + "/scope", w -> w.lead(w.draftAssessment() + "/scope"));
        t.put(aa + "/assignments", w -> w.lead(w.draftAssessment() + "/assignments"));
        t.put(aa + "/submit", w -> w.lead(w.ratedAssessment() + "/submit").fresh());
        t.put(
                aa + "/reopen",
                w -> w.lead(w.submittedAssessment() + "/reopen")
                        .set("reason", "Une correction")
                        .fresh());
        t.put(aa + "/delete", w -> w.lead(w.ratedAssessment() + "/delete").fresh());
        // Networks: sharing by the lead, reviews by the coordinator.
        t.put(
                o + "/sharing/{networkId}",
                w -> w.lead(w.org() + "/sharing/" + w.network).page(w.org() + "/sharing"));
        t.put(
                "/networks/{networkId}/reviews/{assessmentId}",
                w -> new Target(w.coordinator, "/networks/" + w.network + "/reviews/" + w.sharedAssessment()));
        // Organisations.
        t.put("/organisations/{id}/settings", w -> w.lead(w.org() + "/settings").page(w.org()));
        t.put(
                "/admin/organisations",
                w -> w.admin("/admin/organisations")
                        .page("/admin/organisations/new")
                        .set("name", TestData.unique("Organisme")));
        t.put(
                "/admin/organisations/{id}",
                w -> w.admin("/admin/organisations/" + w.otherOrganisation)
                        .page("/admin/organisations/" + w.otherOrganisation + "/edit"));
        t.put(
                "/admin/organisations/{id}/networks",
                w -> w.admin("/admin/organisations/" + w.otherOrganisation + "/networks")
                        .page("/admin/organisations/" + w.otherOrganisation));
        t.put(
                "/admin/networks",
                w -> w.admin("/admin/networks").page("/admin/networks/new").set("name", TestData.unique("Réseau")));
        t.put(
                "/admin/networks/{id}",
                w -> w.admin("/admin/networks/" + w.otherNetwork).page("/admin/networks/" + w.otherNetwork + "/edit"));
        t.put(
                "/admin/networks/{id}/members",
                w -> w.admin("/admin/networks/" + w.otherNetwork + "/members")
                        .page("/admin/networks/" + w.otherNetwork));
        t.put("/admin/networks/{id}/members/{organisationId}/remove", w -> {
            long network = data.network(data.organisation());
            long member = jdbc.sql("select organisation_id from network_member where network_id = ?")
                    .param(network)
                    .query(Long.class)
                    .single();
            return w.admin("/admin/networks/" + network + "/members/" + member + "/remove");
        });
        // Accounts.
        t.put("/account/profile", w -> new Target(w.someone(), "/account/profile").page("/account"));
        t.put(
                "/account/password",
                w -> new Target(w.someone(), "/account/password")
                        .page("/account")
                        .set("currentPassword", TestData.PASSWORD)
                        .set("newPassword", "another long passphrase")
                        .set("confirmation", "another long passphrase")
                        // A wrong current password counts as a failed login, refused or not.
                        .mayChange("login_failure")
                        .fresh());
        t.put("/account/preferences", w -> new Target(w.someone(), "/account/preferences").page("/account"));
        t.put("/admin/users/{userId}/memberships", w -> {
            User user = w.someone();
            return w.admin("/admin/users/" + user.id() + "/memberships").page("/admin/users/" + user.id());
        });
        t.put("/admin/users/{userId}/memberships/{membershipId}/revoke", w -> {
            User user = data.user(Grant.staffOf(w.organisation));
            long membership = jdbc.sql("select id from membership where user_id = ?")
                    .param(user.id())
                    .query(Long.class)
                    .single();
            return w.admin("/admin/users/" + user.id() + "/memberships/" + membership + "/revoke")
                    .page("/admin/users/" + user.id())
                    .fresh();
        });
        t.put("/admin/users/{userId}/deactivate", w -> {
            User user = data.user(Grant.staffOf(w.organisation));
            return w.admin("/admin/users/" + user.id() + "/deactivate")
                    .page("/admin/users/" + user.id())
                    .fresh();
        });
        t.put("/admin/users/{userId}/reactivate", w -> {
            User user = data.user(Grant.staffOf(w.organisation));
            w.post(w.admin, "/admin/users/" + user.id() + "/deactivate");
            return w.admin("/admin/users/" + user.id() + "/reactivate")
                    .page("/admin/users/" + user.id())
                    .fresh();
        });
        t.put(
                "/admin/invitations",
                w -> w.admin("/admin/invitations")
                        .page("/admin/invitations/new")
                        .set("email", TestData.unique("invite").toLowerCase() + "@example.org")
                        .set("displayName", "Invitée")
                        .set("role", "ORG_STAFF")
                        .set("target", "organisation:" + w.organisation));
        t.put(
                "/admin/invitations/{invitationId}/resend",
                w -> w.admin("/admin/invitations/" + w.invitation() + "/resend").page("/admin/invitations"));
        t.put(
                "/admin/invitations/{invitationId}/revoke",
                w -> w.admin("/admin/invitations/" + w.invitation() + "/revoke")
                        .page("/admin/invitations")
                        .fresh());
        t.put(
                o + "/members/invitations",
                w -> w.lead(w.org() + "/members/invitations")
                        .page(w.org() + "/members")
                        .set("email", TestData.unique("staff").toLowerCase() + "@example.org")
                        .set("displayName", "Nouvelle"));
        t.put(o + "/members/{memberId}/remove", w -> {
            User member = data.user(Grant.staffOf(w.organisation));
            return w.lead(w.org() + "/members/" + member.id() + "/remove")
                    .page(w.org() + "/members")
                    .fresh();
        });
        t.put(
                o + "/invitations/{invitationId}/resend",
                w -> w.lead(w.org() + "/invitations/" + w.invitation() + "/resend")
                        .page(w.org() + "/members"));
        t.put(
                o + "/invitations/{invitationId}/revoke",
                w -> w.lead(w.org() + "/invitations/" + w.invitation() + "/revoke")
                        .page(w.org() + "/members")
                        .fresh());
        // Links from e-mails: their secret is only ever in the e-mail, so an unknown one is posted.
        t.put(
                "/password-reset",
                w -> new Target(null, "/password-reset")
                        .set("email", TestData.unique("reset").toLowerCase() + "@example.org")
                        .mayChange("password_reset_request"));
        t.put(
                "/password-reset/{token}",
                w -> new Target(null, "/password-reset/" + UNKNOWN_TOKEN)
                        .noPage()
                        .set("password", "a long enough passphrase")
                        .set("confirmation", "a long enough passphrase"));
        t.put(
                "/invitations/{token}",
                w -> new Target(null, "/invitations/" + UNKNOWN_TOKEN)
                        .noPage()
                        .set("displayName", "Nouvelle")
                        .set("password", "a long enough passphrase")
                        .set("confirmation", "a long enough passphrase"));
        t.put(
                "/invitations/{token}/join",
                w -> new Target(w.someone(), "/invitations/" + UNKNOWN_TOKEN + "/join").noPage());
        // Framework library and editor: the admin, on frameworks of this test's own.
        String v = "/admin/frameworks/versions/{id}";
        t.put(
                "/admin/frameworks/new",
                w -> w.admin("/admin/frameworks/new")
                        .set("code", w.frameworkCode())
                        .set("nameFr", "Cadre")
                        .set("nameEn", "Framework"));
        t.put(
                "/admin/frameworks/import",
                w -> w.admin("/admin/frameworks/import").file(w.frameworkFile()));
        t.put(v + "/copy", w -> w.admin(w.published() + "/copy").set("label", TestData.unique("v")));
        t.put(v + "/publish", w -> w.admin(w.freshDraft() + "/publish").fresh());
        t.put(v + "/retire", w -> w.admin(w.freshPublished() + "/retire").fresh());
        t.put(v + "/delete", w -> w.admin(w.draft() + "/delete").fresh());
        t.put(v + "/details", w -> w.admin(w.draft() + "/details"));
        t.put(v + "/scale", w -> w.admin(w.draft() + "/scale"));
        t.put(
                v + "/pillars/new",
                w -> w.admin(w.draft() + "/pillars/new")
                        .set("code", "9")
                        .set("titleFr", "Titre")
                        .set("titleEn", "Title")
                        .set("outcomeFr", "Résultat")
                        .set("outcomeEn", "Outcome"));
        t.put(v + "/pillars/{pillarId}", w -> w.admin(w.draft() + "/pillars/" + w.pillar(w.draft())));
        t.put(
                v + "/pillars/{pillarId}/move",
                w -> w.admin(w.draft() + "/pillars/" + w.pillar(w.draft()) + "/move")
                        .page(w.draft()));
        t.put(v + "/pillars/{pillarId}/remove", w -> {
            String draft = w.freshDraft();
            return w.admin(draft + "/pillars/" + w.pillar(draft) + "/remove").fresh();
        });
        t.put(
                v + "/pillars/{pillarId}/criteria/new",
                w -> w.admin(w.draft() + "/pillars/" + w.pillar(w.draft()) + "/criteria/new")
                        .set("code", TestData.unique("c").substring(0, 10))
                        .set("textFr", "Texte")
                        .set("textEn", "Text"));
        t.put(v + "/criteria/{criterionId}", w -> w.admin(w.draft() + "/criteria/" + w.criterion(w.draft())));
        t.put(
                v + "/criteria/{criterionId}/move",
                w -> w.admin(w.draft() + "/criteria/" + w.criterion(w.draft()) + "/move")
                        .page(w.draft()));
        t.put(v + "/criteria/{criterionId}/remove", w -> {
            String draft = w.freshDraft();
            return w.admin(draft + "/criteria/" + w.criterion(draft) + "/remove")
                    .fresh();
        });
        // Action plan: the lead.
        String p = o + "/actions";
        t.put(
                p,
                w -> w.lead(w.org() + "/actions").page(w.org() + "/actions/new").set("title", "Réviser la politique"));
        t.put(p + "/cycle", w -> w.lead(w.org() + "/actions/cycle").page(w.org() + "/actions"));
        t.put(p + "/{actionId}", w -> {
            String action = w.action();
            return w.lead(action).page(action + "/edit");
        });
        t.put(p + "/{actionId}/status", w -> {
            String action = w.action();
            return w.lead(action + "/status").page(action);
        });
        t.put(p + "/{actionId}/comments", w -> {
            String action = w.action();
            return w.lead(action + "/comments").page(action).set("comment", "Un commentaire");
        });
        // Spring Security's own forms, outside the handler mappings.
        t.put(
                "/login",
                w -> new Target(null, "/login")
                        .set("email", w.someone().email())
                        .set("password", "not the password")
                        .mayChange("login_failure"));
        t.put("/logout", w -> new Target(w.someone(), "/logout").noPage());
        return t;
    }

    /** Routes Spring Security answers before any controller: not in the handler mappings. */
    private static final Set<String> SECURITY_ROUTES = Set.of("/login", "/logout");

    private static final String UNKNOWN_TOKEN = "AAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

    private static String a(World w) {
        return "/organisations/" + w.organisation + "/assessments";
    }

    // ---------------------------------------------------------------------------------------------

    /** One POST route: its target, and the cases run against it. */
    private final class RouteRun {

        private final String pattern;
        private final Function<World, Target> targets;
        private final List<String> failures;
        private Target target;
        private MultiValueMap<String, String> baseline;
        private Map<String, String> before;
        private long beforeXmax;

        RouteRun(String pattern, Function<World, Target> targets, List<String> failures) {
            this.pattern = pattern;
            this.targets = targets;
            this.failures = failures;
        }

        int all() {
            int count = 0;
            try {
                renew(true);
            } catch (RuntimeException | AssertionError e) {
                failures.add(pattern + ": could not prepare: " + e);
                return 0;
            }
            count += check("without CSRF token", baseline, false, target.url, Expect.REFUSED, null, null);
            List<String> ids = idSegments(target.url);
            for (int i = 0; i < ids.size(); i++) {
                // Letters in every id; the last one also too large and negative (one conversion for all).
                List<String> bad = i == ids.size() - 1 ? List.of("abc", "99999999999999999999", "-1") : List.of("abc");
                for (String value : bad) {
                    String url = target.url.replaceFirst("/" + ids.get(i) + "(?=/|$)", "/" + value);
                    count += check("id " + ids.get(i) + " → " + value, baseline, true, url, Expect.REFUSED, null, null);
                }
            }
            count +=
                    check("every field missing", new LinkedMultiValueMap<>(), true, target.url, Expect.ANY, null, null);
            for (String field : List.copyOf(baseline.keySet())) {
                // Spring's checkbox markers, rows after the first of a repeated group and the English twin of a
                // French text: the same code as the one tried.
                if (field.startsWith("_")
                        || REPEATED_ROW.matcher(field).find()
                        || field.endsWith("En")
                                && baseline.containsKey(field.substring(0, field.length() - 2) + "Fr")) {
                    continue;
                }
                String good = baseline.getFirst(field);
                for (Map.Entry<String, String> variant : variants(good).entrySet()) {
                    MultiValueMap<String, String> params = copy(baseline);
                    if (!params.containsKey(field)) {
                        continue;
                    }
                    if (variant.getValue() == null) {
                        params.remove(field);
                    } else {
                        List<String> values = new ArrayList<>(params.get(field));
                        values.set(0, variant.getValue());
                        params.put(field, values);
                    }
                    count += check(
                            field + " " + variant.getKey(),
                            params,
                            true,
                            target.url,
                            Expect.ANY,
                            field,
                            variant.getValue() != null && TYPED_BACK.contains(variant.getValue())
                                    ? variant.getValue()
                                    : null);
                }
            }
            return count;
        }

        private void renew(boolean recreate) {
            if (recreate) {
                target = targets.apply(world);
            }
            baseline = target.form();
            beforeXmax = nextTransactionId();
            before = snapshot();
        }

        private int check(
                String name,
                MultiValueMap<String, String> params,
                boolean withCsrf,
                String url,
                Expect expect,
                String field,
                String typed) {
            String label = pattern + " [" + name + "]";
            MvcTestResult result = mvc.perform(request(url, params, withCsrf));
            if (result.getUnresolvedException() != null) {
                failures.add(label + ": exception " + rootCause(result.getUnresolvedException()));
                renewQuietly(true);
                return 1;
            }
            MockHttpServletResponse response = result.getResponse();
            int status = response.getStatus();
            if (status >= 500) {
                failures.add(label + ": status " + status);
                renewQuietly(true);
                return 1;
            }
            // No transaction id handed out since: nothing was written, no need to read every table.
            long xmax = nextTransactionId();
            Map<String, String> after = xmax == beforeXmax ? new TreeMap<>(before) : snapshot();
            beforeXmax = xmax;
            target.mayChange.forEach(table -> {
                after.remove(table);
                before.remove(table);
            });
            boolean changed = !after.equals(before);
            boolean refused = status >= 400 || status == 200 || status / 100 == 3 && flashError(result) != null;
            if (refused) {
                if (changed) {
                    failures.add(label + ": refused (" + status + ") but changed " + diff(before, after));
                    renewQuietly(true);
                }
                if (status == 200 && MESSAGE_SHOWN.stream().noneMatch(body(response)::contains)) {
                    failures.add(label + ": 200 without an error message");
                }
                if (status == 200
                        && typed != null
                        && target.textFields.contains(field)
                        && !body(response).contains(HtmlUtils.htmlEscape(typed))) {
                    failures.add(label + ": the form came back without what was typed");
                }
                return 1;
            }
            if (expect == Expect.REFUSED) {
                failures.add(label + ": accepted (" + status + " → " + response.getRedirectedUrl() + ")");
            }
            if (status / 100 == 3 && response.getRedirectedUrl() != null) {
                String shown = follow(response.getRedirectedUrl());
                if (shown.contains(SCRIPT) || shown.contains("\u0000")) {
                    failures.add(label + ": accepted value shown unescaped on " + response.getRedirectedUrl());
                }
            } else {
                failures.add(label + ": unexpected status " + status);
            }
            renewQuietly(changed && target.fresh);
            return 1;
        }

        private void renewQuietly(boolean recreate) {
            try {
                renew(recreate);
            } catch (RuntimeException | AssertionError e) {
                failures.add(pattern + ": could not prepare again: " + e);
            }
        }

        private AbstractMockHttpServletRequestBuilder<?> request(
                String url, MultiValueMap<String, String> params, boolean withCsrf) {
            AbstractMockHttpServletRequestBuilder<?> request = target.file != null
                    ? multipart(url).file(target.file)
                    : post(url).contentType("application/x-www-form-urlencoded");
            withUser(request.params(params).header("Accept-Language", "fr"), target.user);
            if (withCsrf) {
                request.with(csrf());
            }
            return request;
        }

        private String follow(String url) {
            MvcTestResult shown = mvc.perform(withUser(get(url), target.user).header("Accept-Language", "fr"));
            return body(shown.getResponse());
        }
    }

    private enum Expect {
        REFUSED,
        ANY
    }

    /** The spoiled values tried in place of a field's good value, by the kind of value it holds. */
    private static Map<String, String> variants(String good) {
        // A field missing is tried once for all fields ("every field missing"), which costs less than one by one.
        Map<String, String> variants = new LinkedHashMap<>();
        if (good != null && NUMBER.matcher(good).matches()) {
            variants.put("letters", "abc");
            variants.put("huge number", "9".repeat(30));
            variants.put("negative", "-1");
        } else if (good != null && DATE.matcher(good).matches()) {
            variants.put("impossible date", "2026-02-30");
            variants.put("year 99999", "99999-01-01");
        } else if (good != null && ENUM.matcher(good).matches()) {
            variants.put("unknown choice", "NOT_A_CHOICE");
        } else if (good != null && Set.of("true", "false", "on").contains(good)) {
            variants.put("not a boolean", "perhaps");
        } else {
            variants.put("NUL byte", (good == null ? "" : good) + NUL);
            variants.put("10,000 characters", TOO_LONG);
            variants.put("script and unicode", SCRIPT + UNICODE);
        }
        return variants;
    }

    private static List<String> idSegments(String url) {
        List<String> ids = new ArrayList<>();
        var matcher = ID_SEGMENT.matcher(url);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static MultiValueMap<String, String> copy(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        params.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
        return copy;
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> withUser(
            AbstractMockHttpServletRequestBuilder<?> request, User user) {
        if (user != null) {
            request.with(as(user));
        }
        return request;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": "
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }

    private static Object flashError(MvcTestResult result) {
        FlashMap flash = result.getMvcResult().getFlashMap();
        return flash == null ? null : flash.get("flashError");
    }

    // ---------------------------------------------------------------------------------------------

    private Set<String> postRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                routes.addAll(info.getPatternValues());
            }
        }
        routes.removeIf(route -> route.startsWith("/test-only/"));
        return routes;
    }

    private List<String> tables;

    /**
     * Row count and an order-free hash of every row, per application table; not the sessions, which
     * every request may touch when they are kept in the database.
     */
    private Map<String, String> snapshot() {
        if (tables == null) {
            tables = jdbc.sql("""
                            select table_name from information_schema.tables
                            where table_schema = current_schema() and table_type = 'BASE TABLE'
                              and table_name not in ('flyway_schema_history', 'shedlock')
                              and table_name not like 'spring\\_session%'
                            order by table_name""").query(String.class).list();
        }
        String sql = tables.stream()
                .map(table -> "select '" + table + "', count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)"
                        + " from " + table + " x")
                .collect(Collectors.joining(" union all "));
        Map<String, String> snapshot = new TreeMap<>();
        jdbc.sql(sql).query(rs -> {
            snapshot.put(rs.getString(1), rs.getString(2));
        });
        return snapshot;
    }

    /** The first transaction id not yet handed out: PostgreSQL gives one to every transaction that writes. */
    private long nextTransactionId() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream()
                .filter(table -> !before.get(table).equals(after.get(table)))
                .collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------

    /** Where a form is posted, by whom, and the page that shows it. */
    private final class Target {
        final User user;
        final String url;
        String page;
        final Map<String, String> overrides = new LinkedHashMap<>();
        MockMultipartFile file;
        boolean fresh;
        final Set<String> mayChange = new TreeSet<>();
        /** Fields a person types into (not choices, not passwords): what a refused form must show again. */
        final Set<String> textFields = new TreeSet<>();

        Target(User user, String url) {
            this.user = user;
            this.url = url;
            this.page = url;
        }

        Target page(String page) {
            this.page = page;
            return this;
        }

        Target set(String field, String value) {
            overrides.put(field, value);
            return this;
        }

        /** Each accepted post uses its object up (deleted, submitted…): prepare a new one after it. */
        Target fresh() {
            fresh = true;
            return this;
        }

        /** A form only an e-mail's link shows: posted with the overrides alone. */
        Target noPage() {
            this.page = null;
            return this;
        }

        /** A table the route writes to even when it refuses (counting attempts, for throttling). */
        Target mayChange(String table) {
            mayChange.add(table);
            return this;
        }

        Target file(MockMultipartFile file) {
            this.file = file;
            return this;
        }

        /** The form's fields as the page fills them in, with this target's overrides. */
        MultiValueMap<String, String> form() {
            if (page == null) {
                MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
                overrides.forEach(fields::add);
                return fields;
            }
            MvcTestResult shown = mvc.perform(withUser(get(page), user).header("Accept-Language", "fr"));
            assertThat(shown.getResponse().getStatus()).as("GET %s", page).isEqualTo(200);
            Document document = Jsoup.parse(body(shown.getResponse()));
            Element form = document.select("form[method=post]").stream()
                    .filter(candidate -> candidate.attr("action").equals(url))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no form posting to " + url + " on " + page));
            MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                if (name.equals("_csrf") || input.attr("type").equals("file")) {
                    continue;
                }
                String type = input.attr("type");
                if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                    if (type.equals("radio")
                            && !fields.containsKey(name)
                            && form.select("input[name=" + name + "][checked]").isEmpty()) {
                        fields.add(name, input.attr("value"));
                    }
                    continue;
                }
                if (input.tagName().equals("select")) {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = input.select("option").stream()
                                .filter(option -> !option.attr("value").isEmpty())
                                .findFirst()
                                .orElse(null);
                    }
                    fields.add(name, chosen == null ? "" : chosen.attr("value"));
                } else if (input.tagName().equals("textarea")) {
                    fields.add(name, input.text());
                    textFields.add(name);
                } else {
                    if (Set.of("", "text", "email", "search", "url", "tel").contains(type)) {
                        textFields.add(name);
                    }
                    fields.add(name, input.attr("value"));
                }
            }
            Element button = form.selectFirst("button[name]");
            if (button != null && !fields.containsKey(button.attr("name"))) {
                fields.add(button.attr("name"), button.attr("value"));
            }
            overrides.forEach((field, value) -> {
                if (value == null) {
                    fields.remove(field);
                } else {
                    fields.put(field, new ArrayList<>(List.of(value)));
                }
            });
            return fields;
        }
    }

    /** The people and objects the forms are posted about: one organisation in one network. */
    private final class World {
        final long organisation = data.organisation();
        final long network = data.network(organisation);
        final long otherOrganisation = data.organisation();
        final long otherNetwork = data.network();
        final User lead = data.user(Grant.leadOf(organisation));
        final User coordinator = data.user(Grant.coordinatorOf(network));
        final User admin = data.user(Grant.admin());
        private String draftAssessment;
        private String sharedAssessment;
        private String draft;
        private String published;

        Target lead(String url) {
            return new Target(lead, url);
        }

        Target admin(String url) {
            return new Target(admin, url);
        }

        String org() {
            return "/organisations/" + organisation;
        }

        String assessments() {
            return org() + "/assessments";
        }

        /** Someone of their own, for the forms about oneself (password, profile) and other people. */
        User someone() {
            return data.user(Grant.staffOf(organisation));
        }

        /** A draft every pillar of which is rated, shared by the routes that only edit it. */
        String draftAssessment() {
            if (draftAssessment == null) {
                draftAssessment = ratedAssessment();
            }
            return draftAssessment;
        }

        String ratedAssessment() {
            return assessments() + "/" + testAssessments.ccrCleoRated(lead, organisation, Map.of("1.1", 1));
        }

        String submittedAssessment() {
            String assessment = ratedAssessment();
            post(lead, assessment + "/submit");
            return assessment;
        }

        /** A submitted assessment the organisation shares with the network: what coordinators review. */
        long sharedAssessment() {
            if (sharedAssessment == null) {
                sharedAssessment = submittedAssessment();
                post(lead, org() + "/sharing/" + network, "shared", "true");
            }
            return Long.parseLong(sharedAssessment.substring(sharedAssessment.lastIndexOf('/') + 1));
        }

        long invitation() {
            String email = TestData.unique("invited").toLowerCase() + "@example.org";
            submit(lead(org() + "/members/invitations")
                    .page(org() + "/members")
                    .set("email", email)
                    .set("displayName", "Invitée"));
            return jdbc.sql("select id from invitation where email = ?")
                    .param(email)
                    .query(Long.class)
                    .single();
        }

        String action() {
            String title = TestData.unique("Action");
            submit(lead(org() + "/actions").page(org() + "/actions/new").set("title", title));
            return org() + "/actions/"
                    + jdbc.sql("select id from action where title = ?")
                            .param(title)
                            .query(Long.class)
                            .single();
        }

        String frameworkCode() {
            return TestData.unique("bad").toLowerCase().replace('_', '-');
        }

        /** The CCR/CLEO file under a code of its own, so that importing it never touches the shipped one. */
        MockMultipartFile frameworkFile() {
            try (InputStream file = resource("frameworks/ccr-cleo-2021.yaml")) {
                String yaml = new String(file.readAllBytes(), StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^code: .*$", "code: " + frameworkCode());
                return new MockMultipartFile(
                        "file", "framework.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A published version of a framework of this test's own. */
        String published() {
            if (published == null) {
                published = freshPublished();
            }
            return published;
        }

        String freshPublished() {
            MockMultipartFile file = frameworkFile();
            mvc.perform(multipart("/admin/frameworks/import")
                    .file(file)
                    .param("status", "PUBLISHED")
                    .with(as(admin))
                    .with(csrf()));
            return "/admin/frameworks/versions/" + latestVersion();
        }

        /** A draft with its pillars and criteria (a copy of a published version), shared by the editing routes. */
        String draft() {
            if (draft == null) {
                draft = freshDraft();
            }
            return draft;
        }

        String freshDraft() {
            post(admin, published() + "/copy", "label", TestData.unique("v"));
            return "/admin/frameworks/versions/" + latestVersion();
        }

        private long latestVersion() {
            return jdbc.sql("select max(id) from framework_version")
                    .query(Long.class)
                    .single();
        }

        long pillar(String draft) {
            return jdbc.sql("select min(id) from pillar where framework_version_id = ?")
                    .param(Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1)))
                    .query(Long.class)
                    .single();
        }

        long criterion(String draft) {
            return jdbc.sql("select min(c.id) from criterion c join pillar p on p.id = c.pillar_id"
                            + " where p.framework_version_id = ?")
                    .param(Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1)))
                    .query(Long.class)
                    .single();
        }

        /** Fills in a form as the person would, to build what the forms under test need. */
        void submit(Target target) {
            var request = MockMvcRequestBuilders.post(target.url)
                    .params(target.form())
                    .with(as(target.user))
                    .with(csrf());
            MvcTestResult result = mvc.perform(request);
            assertThat(result.getResponse().getStatus())
                    .as("POST %s", target.url)
                    .isEqualTo(302);
            assertThat(flashError(result)).as("POST %s refused", target.url).isNull();
        }

        /** Posts good values as the person would, to build what the forms under test need. */
        void post(User user, String url, String... params) {
            var request = MockMvcRequestBuilders.post(url).with(as(user)).with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            MvcTestResult result = mvc.perform(request);
            assertThat(result.getResponse().getStatus()).as("POST %s", url).isEqualTo(302);
            assertThat(flashError(result)).as("POST %s refused", url).isNull();
        }
    }

    static InputStream resource(String path) throws IOException {
        return new ClassPathResource(path).getInputStream();
    }
}

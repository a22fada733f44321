package ca.repere.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.i18n.Language;
import ca.repere.support.BrowserTest;
import ca.repere.support.TestData;
import ca.repere.support.TestData.User;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;

/**
 * From an admin's invitation to the invitee's first login in real browsers, in French and in
 * English, with the lead's members page, "My account" and "Forgot your password?" on the way.
 * Without a mail server (the shared context) the invitation is written to the log: the test reads
 * the link there, as an operator could. Texts come from the message bundle; fields are found by
 * their label. Screenshots in {@code target/screenshots/account-*}.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/[\\w.-]+)");
    private static final int PHONE_WIDTH = 375;

    @Autowired
    MessageSource messages;

    private Locale locale;

    @ParameterizedTest
    @EnumSource(Language.class)
    void anAdminInvitesSomeoneWhoChoosesTheirPasswordAndLogsInWithTheRole(Language language, CapturedOutput output) {
        locale = language.locale();
        String prefix = "account-" + language.code() + "-";
        String organisationName = TestData.unique(language == Language.FR ? "Accueil" : "Welcome");
        long organisation = data.organisation(organisationName);
        User admin = data.user(language, Grant.admin());
        User lead = data.user(language, Grant.leadOf(organisation));
        String email = TestData.unique("invitee").toLowerCase() + "@example.org";
        String name = language == Language.FR ? "Inès Nouvelle" : "Ines Newcomer";
        String password = "a phrase that is long enough";

        // 1. The admin invites through the form.
        page = newContext(language == Language.FR ? "fr-CA" : "en-CA").newPage();
        login(page, admin.email(), TestData.PASSWORD);
        page.navigate("/admin/invitations/new");
        assertThat(heading(text("account.invite.title"))).isVisible();
        label("account.invite.email").fill(email);
        label("account.invite.displayName").fill(name);
        page.getByLabel(text("account.language." + language.name()), new Page.GetByLabelOptions().setExact(true))
                .check();
        label("account.invite.role").selectOption("ORG_STAFF");
        label("account.invite.target").selectOption("organisation:" + organisation);
        screenshot(page, prefix + "invite");
        button(text("account.invite.submit")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/invitations$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText(text("account.invitation.sent"));
        assertThat(page.getByText(email)).isVisible();
        screenshot(page, prefix + "invitations");

        // 2. The invitee opens the link in their own browser and chooses a password.
        Page invitee = newContext(language == Language.FR ? "fr-CA" : "en-CA").newPage();
        invitee.navigate(link(output, email));
        assertThat(invitee.locator("#displayName")).hasValue(name);
        screenshot(invitee, prefix + "invitation");
        label(invitee, "invitation.newAccount.password").fill(password);
        label(invitee, "invitation.newAccount.confirmation").fill(password);
        button(invitee, text("invitation.newAccount.submit")).click();
        assertThat(invitee).hasURL(Pattern.compile("/login$"));
        assertThat(invitee.getByRole(AriaRole.STATUS).first()).hasText(text("invitation.accepted.login"));
        assertThat(invitee.locator("#email")).hasValue(email);
        invitee.locator("#password").fill(password);
        invitee.locator("form:has(#password) button[type=submit]").click();
        invitee.navigate("/organisations/" + organisation);
        assertThat(heading(invitee, organisationName)).isVisible();

        // 3. "My account", from the header.
        invitee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("layout.nav.account")))
                .click();
        assertThat(heading(invitee, text("account.title"))).isVisible();
        screenshot(invitee, prefix + "my-account");
        invitee.setViewportSize(PHONE_WIDTH, 800);
        assertNoHorizontalScroll(invitee);

        // 4. The admin finds the new account and its role.
        page.navigate("/admin/users?q=" + email);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.getByText(text("role.ORG_STAFF")).first()).isVisible();
        screenshot(page, prefix + "user");
        page.navigate("/admin/users");
        screenshot(page, prefix + "users");
        page.setViewportSize(PHONE_WIDTH, 800);
        assertNoHorizontalScroll(page);

        // 5. The lead sees the new member on the team page.
        Page leadPage = newContext(language == Language.FR ? "fr-CA" : "en-CA").newPage();
        login(leadPage, lead.email(), TestData.PASSWORD);
        leadPage.navigate("/organisations/" + organisation);
        leadPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("account.members.manage")))
                .click();
        assertThat(leadPage.getByText(email)).isVisible();
        screenshot(leadPage, prefix + "members");

        // 6. "Forgot your password?" from the login page.
        Page stranger = newContext(language == Language.FR ? "fr-CA" : "en-CA").newPage();
        stranger.navigate("/login");
        stranger.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("login.forgot")))
                .click();
        screenshot(stranger, prefix + "password-reset");
        label(stranger, "passwordReset.email").fill(TestData.unique("someone") + "@example.org");
        button(stranger, text("passwordReset.submit")).click();
        assertThat(heading(stranger, text("passwordReset.sent.title"))).isVisible();
        screenshot(stranger, prefix + "password-reset-sent");
    }

    private String link(CapturedOutput output, String email) {
        String log = output.getAll();
        int mail = log.lastIndexOf(email);
        assertThat(mail).as("the invitation to %s in the log", email).isNotNegative();
        Matcher link = LINK.matcher(log.substring(mail));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private Locator label(String key) {
        return label(page, key);
    }

    private Locator label(Page on, String key) {
        return on.getByLabel(text(key), new Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return button(page, name);
    }

    private static Locator button(Page on, String name) {
        return on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private Locator heading(String name) {
        return heading(page, name);
    }

    private static Locator heading(Page on, String name) {
        return on.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
    }
}

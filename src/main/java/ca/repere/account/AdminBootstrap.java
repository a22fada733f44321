package ca.repere.account;

import ca.repere.shared.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Outside demo mode no account has a default password: the first admin is created at start from
 * {@code REPERE_ADMIN_EMAIL} and {@code REPERE_ADMIN_PASSWORD} when no active admin exists yet.
 */
// After demo data, so that a demo instance does not warn about a missing admin.
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(
            AccountService accounts,
            @Value("${repere.admin.email:}") String email,
            @Value("${repere.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyActiveAdmin()) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            log.warn("No administrator exists. Set REPERE_ADMIN_EMAIL and REPERE_ADMIN_PASSWORD to create one.");
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            log.error(
                    "REPERE_ADMIN_PASSWORD must have at least {} characters; no administrator was created.",
                    MIN_PASSWORD_LENGTH);
            return;
        }
        long id = accounts.findUserId(email)
                .orElseGet(() -> accounts.createUser(email, "Administrator", Language.DEFAULT, password));
        accounts.grant(id, Grant.admin());
        log.info("Created the first administrator account {}", email);
    }
}

package ca.repere.account;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/** The application's one security configuration. Per-object checks live in {@link Access}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    /** No inline script or style anywhere: everything comes from this application's own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle loginThrottle,
            LoginSuccessHandler loginSuccessHandler,
            LoginFailureHandler loginFailureHandler,
            SessionRegistry sessionRegistry)
            throws Exception {
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(LOGIN_PAGE, "/assets/**", "/webjars/**", "/favicon.ico")
                                .permitAll()
                                // The links e-mailed to people who cannot log in (yet): one path segment,
                                // the token; /invitations/{token}/join needs the invitee logged in.
                                .requestMatchers(
                                        InvitationAcceptController.PATH + "/*",
                                        PasswordResetController.PATH,
                                        PasswordResetController.PATH + "/*")
                                .permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/error")
                                .permitAll()
                                // Admin pages check again per object; this keeps a forgotten check from leaking.
                                .requestMatchers("/admin/**")
                                .hasRole("ADMIN")
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(loginSuccessHandler)
                        .failureHandler(loginFailureHandler)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .deleteCookies("REPERE_SESSION")
                        .permitAll())
                // Spring Security would otherwise add "?continue" to the page a login resumes.
                .requestCache(cache -> cache.requestCache(requestCacheWithoutMarker()))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                // No limit on how many sessions a person has; the registry lets a change to an account end
                // that person's sessions, and each request checks its session was not ended: see UserSessions.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(LOGIN_PAGE + "?expired"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static HttpSessionRequestCache requestCacheWithoutMarker() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /**
     * The open sessions of every instance, by person, read from the sessions table: see {@link
     * UserSessions}. A session it marks expired is turned away by whichever instance serves it next.
     */
    @Bean
    SessionRegistry sessionRegistry(JdbcIndexedSessionRepository sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** bcrypt today, and any stored hash of another algorithm still verifies after a future change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package ca.repere.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of every test that needs the application: one Spring context (with a real server on a
 * random port, for the browser tests) shared by all, on real PostgreSQL. Tests make their own
 * data with {@link TestData} and never rely on what another test left behind.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Statement counts let tests prove that a page costs a fixed number of queries.
            "spring.jpa.properties.hibernate.generate_statistics=true",
            // As behind the production proxy (docker-compose.yml): X-Forwarded-* believed from private addresses.
            "server.forward-headers-strategy=native"
        })
@AutoConfigureMockMvc
@Import({TestData.class, TestFrameworks.class, TestAssessments.class, FailingController.class, StatementCounter.class})
public abstract class IntegrationTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected TestData data;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestFrameworks testFrameworks;

    @Autowired
    protected TestAssessments testAssessments;

    @LocalServerPort
    protected int port;

    @Autowired
    private UserDetailsService userDetailsService;

    /** Makes a MockMvc request as this user, with their memberships as the login would load them. */
    protected RequestPostProcessor as(TestData.User user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetailsService.loadUserByUsername(user.email()));
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    /** A URL whose handler throws an unexpected exception. */
    protected static final String FAILING_PATH = FailingController.PATH;

    /** A URL whose handler runs SQL that the database refuses. */
    protected static final String FAILING_SQL_PATH = FailingController.SQL_PATH;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}

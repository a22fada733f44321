package ca.repere.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Fails the way a bug would, so that tests can see what a user sees then. Test sources only. */
@Controller
class FailingController {

    static final String PATH = "/test-only/failure";
    static final String SQL_PATH = "/test-only/sql-failure";

    private final JdbcClient jdbc;

    FailingController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("SELECT secret FROM internals -- must never reach a page");
    }

    /** A query the database refuses: the exception carries the SQL text and PostgreSQL's own message. */
    @GetMapping(SQL_PATH)
    String failInTheDatabase() {
        jdbc.sql("select secret_column_of_internals from organisation").query().listOfRows();
        return "never";
    }
}

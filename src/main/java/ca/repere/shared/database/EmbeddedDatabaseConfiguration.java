package ca.repere.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no {@code spring.datasource.url}, a real PostgreSQL server runs from
 * binaries shipped as Maven artifacts, keeping its data under {@code repere.data-dir}. Boot's own
 * auto-configuration (Hikari, Flyway, JPA) then connects to it through the connection details
 * below, exactly as it would to an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoDataSourceConfiguredCondition.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "repere";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${repere.data-dir:./data}") Path dataDir) throws IOException {
        return new EmbeddedPostgresServer(dataDir.resolve("postgres")).start(DATABASE);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", DATABASE);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}

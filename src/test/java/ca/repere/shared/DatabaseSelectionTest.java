package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.database.NoDataSourceConfiguredCondition;
import ca.repere.support.IntegrationTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

/** A configured datasource is used as it is; the embedded server starts only when none is configured. */
class DatabaseSelectionTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void configuredDatasourceStartsNoEmbeddedServer() {
        assertThat(context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable())
                .isNull();
    }

    @Test
    void embeddedServerIsChosenExactlyWhenNoUrlIsSet() {
        assertThat(matches(new MockEnvironment())).isTrue();
        assertThat(matches(new MockEnvironment().withProperty("spring.datasource.url", "")))
                .isTrue();
        assertThat(matches(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/repere")))
                .isFalse();
    }

    private static boolean matches(MockEnvironment environment) {
        ConditionContext conditionContext = Mockito.mock(ConditionContext.class);
        Mockito.when(conditionContext.getEnvironment()).thenReturn(environment);
        return new NoDataSourceConfiguredCondition().matches(conditionContext, null);
    }
}

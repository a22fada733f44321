package ca.repere.support;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.DataSourceQueryCountListener;
import net.ttddyy.dsproxy.listener.ThreadQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements run on the current thread, whether they come from Hibernate or from
 * plain JDBC: what a page costs must not grow with the data behind it. MockMvc requests run on
 * the test's thread, so a test counts exactly its own request. The session store's statements
 * (Spring Session's tables) are left out: they are the same for every request, and they are not
 * the page's data — a refused request that saved the page a login would resume wrote nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    /** Statements run on this thread since the last {@link #reset}. */
    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    private static boolean isSessionStore(String sql) {
        return sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION");
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    DataSourceQueryCountListener counter = new DataSourceQueryCountListener() {
                        @Override
                        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                            if (queries.stream().noneMatch(query -> isSessionStore(query.getQuery()))) {
                                super.afterQuery(execution, queries);
                            }
                        }
                    };
                    counter.setQueryCountStrategy(new ThreadQueryCountHolder());
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(counter)
                            .build();
                }
                return bean;
            }
        };
    }
}

package ca.repere.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.listener.ThreadQueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements run on the current thread, whether they come from Hibernate or from
 * plain JDBC: what a page costs must not grow with the data behind it. MockMvc requests run on
 * the test's thread, so a test counts exactly its own request.
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

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .countQuery(new ThreadQueryCountHolder())
                            .build();
                }
                return bean;
            }
        };
    }
}

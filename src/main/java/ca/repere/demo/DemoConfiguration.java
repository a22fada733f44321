package ca.repere.demo;

import ca.repere.account.AccountService;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

@Configuration(proxyBeanMethods = false)
@Conditional(DemoConfiguration.DemoModeCondition.class)
class DemoConfiguration {

    @Bean
    DemoData demoData(OrganisationDirectory directory, AccountService accounts) {
        return new DemoData(directory, accounts);
    }

    @Bean
    ApplicationRunner demoDataRunner(DemoData demoData) {
        return args -> demoData.ensurePresent();
    }

    static class DemoModeCondition implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DemoMode.isEnabled(context.getEnvironment());
        }
    }
}

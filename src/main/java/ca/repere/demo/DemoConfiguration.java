package ca.repere.demo;

import ca.repere.account.AccountService;
import ca.repere.actionplan.ActionPlanQueries;
import ca.repere.actionplan.ActionPlanService;
import ca.repere.assessment.AssessmentQueries;
import ca.repere.assessment.AssessmentService;
import ca.repere.framework.FrameworkLibrary;
import ca.repere.network.NetworkSharing;
import ca.repere.organisation.OrganisationDirectory;
import ca.repere.shared.DemoMode;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.core.userdetails.UserDetailsService;

@Configuration(proxyBeanMethods = false)
@Conditional(DemoConfiguration.DemoModeCondition.class)
class DemoConfiguration {

    @Bean
    DemoData demoData(OrganisationDirectory directory, AccountService accounts) {
        return new DemoData(directory, accounts);
    }

    @Bean
    DemoAssessments demoAssessments(
            OrganisationDirectory directory,
            UserDetailsService users,
            AssessmentService assessments,
            AssessmentQueries queries,
            FrameworkLibrary frameworks) {
        return new DemoAssessments(directory, users, assessments, queries, frameworks);
    }

    @Bean
    DemoActions demoActions(
            OrganisationDirectory directory,
            UserDetailsService users,
            ActionPlanService actions,
            ActionPlanQueries plans,
            AssessmentQueries assessments,
            Clock clock) {
        return new DemoActions(directory, users, actions, plans, assessments, clock);
    }

    @Bean
    DemoNetwork demoNetwork(
            OrganisationDirectory directory,
            AccountService accounts,
            UserDetailsService users,
            AssessmentService assessments,
            AssessmentQueries queries,
            FrameworkLibrary frameworks,
            NetworkSharing sharing) {
        return new DemoNetwork(directory, accounts, users, assessments, queries, frameworks, sharing);
    }

    /** After the framework files are loaded (highest precedence), before the admin check (lowest). */
    @Bean
    @Order(0)
    ApplicationRunner demoDataRunner(
            DemoData demoData, DemoAssessments demoAssessments, DemoActions demoActions, DemoNetwork demoNetwork) {
        return args -> {
            demoData.ensurePresent();
            demoAssessments.ensurePresent();
            demoActions.ensurePresent();
            demoNetwork.ensurePresent();
        };
    }

    static class DemoModeCondition implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DemoMode.isEnabled(context.getEnvironment());
        }
    }
}

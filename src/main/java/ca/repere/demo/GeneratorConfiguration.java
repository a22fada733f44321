package ca.repere.demo;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The {@code generate} profile: at start, generates the large network of {@link NetworkGenerator}
 * (1,000 organisations × 10 submitted self-assessments unless {@code repere.generate.*} says
 * otherwise), then the application serves as usual. A second start with the profile finds the
 * network and generates nothing.
 */
@Configuration(proxyBeanMethods = false)
@Profile("generate")
class GeneratorConfiguration {

    /** After the framework files are loaded and the demo data made, before anything reads results. */
    @Bean
    @Order(1)
    ApplicationRunner networkGeneratorRunner(NetworkGenerator generator, Environment environment) {
        return args -> {
            NetworkGenerator.Settings defaults = NetworkGenerator.Settings.defaults();
            Binder binder = Binder.get(environment);
            generator.generate(new NetworkGenerator.Settings(
                    binder.bind("repere.generate.label", String.class).orElse(defaults.label()),
                    binder.bind("repere.generate.organisations", Integer.class).orElse(defaults.organisations()),
                    binder.bind("repere.generate.assessments", Integer.class)
                            .orElse(defaults.assessmentsPerOrganisation()),
                    binder.bind("repere.generate.sharing-percent", Integer.class)
                            .orElse(defaults.sharingPercent()),
                    binder.bind("repere.generate.seed", Long.class).orElse(defaults.seed())));
        };
    }
}

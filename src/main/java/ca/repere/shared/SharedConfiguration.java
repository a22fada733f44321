package ca.repere.shared;

import ca.repere.shared.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedConfiguration {

    /** One clock for all "now"s, so that tests can move time (throttling windows, due dates). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Messages live in {@code i18n/messages_fr} and {@code i18n/messages_en}, with the same keys
     * (a test checks). French answers for any other locale: there is no third bundle to fall back to.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Language.DEFAULT.locale());
        return messages;
    }
}

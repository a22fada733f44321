package ca.repere.shared.i18n;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** {@code ?lang=fr} or {@code ?lang=en} on any page switches the language. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String PARAMETER = "lang";

    @Bean
    LanguageResolver localeResolver(ApplicationEventPublisher events) {
        return new LanguageResolver(events);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        interceptor.setHttpMethods("GET");
        registry.addInterceptor(interceptor);
    }
}

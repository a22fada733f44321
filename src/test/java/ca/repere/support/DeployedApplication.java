package ca.repere.support;

import ca.repere.RepereApplication;
import java.io.IOException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application as deployed, started from the tests' class path (a second instance beside the
 * tests' own, or a separate process): component scanning leaves out every class compiled from the
 * tests, so that none of their beans (a clock the tests move, a failing controller…) joins it.
 */
public final class DeployedApplication {

    private DeployedApplication() {}

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RepereApplication.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("withoutTestClasses", new WithoutTestClasses()));
    }

    /** Runs it in a process of its own, with the usual command-line arguments. */
    public static void main(String[] args) {
        builder().run(args);
    }

    private static final class WithoutTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WithoutTestClasses;
        }

        @Override
        public int hashCode() {
            return WithoutTestClasses.class.hashCode();
        }
    }
}

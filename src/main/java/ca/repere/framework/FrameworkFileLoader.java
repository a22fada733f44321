package ca.repere.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Puts the framework files shipped with the application into the library at start, once: a
 * version already in the database is never touched again, since assessments rely on it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameworkFileLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:frameworks/*.yaml";
    private static final Logger log = LoggerFactory.getLogger(FrameworkFileLoader.class);

    private final ResourcePatternResolver resources;
    private final FrameworkFileReader reader;
    private final FrameworkImporter importer;
    private final FrameworkVersionRepository versions;

    FrameworkFileLoader(
            ResourcePatternResolver resources,
            FrameworkFileReader reader,
            FrameworkImporter importer,
            FrameworkVersionRepository versions) {
        this.resources = resources;
        this.reader = reader;
        this.importer = importer;
        this.versions = versions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : resources.getResources(LOCATION)) {
            load(resource);
        }
    }

    private void load(Resource resource) {
        FrameworkFileReader.Result result;
        try (InputStream content = resource.getInputStream()) {
            result = reader.read(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read framework file " + resource.getFilename(), e);
        }
        if (!result.isValid()) {
            // A shipped file is part of the product: starting without it would be worse than not starting.
            throw new IllegalStateException(
                    "Framework file " + resource.getFilename() + " is invalid: " + result.problems());
        }
        FrameworkFile file = result.file();
        if (versions.existsByFrameworkCodeAndLabel(file.code(), file.version())) {
            return;
        }
        try {
            importer.importPublished(file);
            log.info("Loaded framework {} version {} from {}", file.code(), file.version(), resource.getFilename());
        } catch (DataIntegrityViolationException loadedMeanwhile) {
            // Another instance starting at the same moment loaded it first.
            log.info("Framework {} version {} was loaded by another instance", file.code(), file.version());
        }
    }
}

package ca.repere.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The sample files of {@code src/test/resources/framework-files} and the shipped framework files. */
final class FrameworkFileSamples {

    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (\\S+) (\\S+)\\s*$");

    private FrameworkFileSamples() {}

    record Sample(String name, byte[] content) {

        /** The problems the file says the reader must report: location and message key. */
        List<String> expected() {
            // Comments are ASCII: this reads them even from a file that is not UTF-8.
            Matcher expect = EXPECT.matcher(new String(content, StandardCharsets.ISO_8859_1));
            return expect.results()
                    .map(match -> match.group(1) + " " + match.group(2))
                    .toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> good() {
        return samples("/framework-files/good");
    }

    static Stream<Sample> bad() {
        return samples("/framework-files/bad");
    }

    /** The framework files loaded at start: those the application ships, and in tests the test frameworks. */
    static Stream<Sample> shipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(FrameworkFileLoader.LOCATION);
            return Stream.of(files)
                    .map(file -> new Sample(file.getFilename(), read(file)))
                    .sorted(Comparator.comparing(Sample::name))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample shipped(String fileName) {
        return shipped()
                .filter(sample -> sample.name().equals(fileName))
                .findFirst()
                .orElseThrow();
    }

    private static Stream<Sample> samples(String folder) {
        try (Stream<Path> files = Files.list(
                Path.of(FrameworkFileSamples.class.getResource(folder).toURI()))) {
            return files
                    .filter(path -> path.toString().endsWith(".yaml"))
                    .sorted()
                    .map(path -> new Sample(path.getFileName().toString(), read(path)))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

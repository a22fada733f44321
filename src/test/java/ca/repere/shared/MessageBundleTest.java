package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every screen exists in French and English: both bundles hold the same keys, every key a
 * template or an enum uses exists, and no template shows text that is not a message.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** A message key written literally: #{login.title}, #{login.demo.intro(${x})}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    /** A key built from a value, e.g. #{|framework.status.${version.status()}|}: its fixed prefix. */
    private static final Pattern BUILT_KEY = Pattern.compile("#\\{\\|([a-zA-Z][\\w.]*\\.)\\$\\{");

    private static final Pattern MESSAGE_KEY_IN_JAVA =
            Pattern.compile("\"((?:[a-z]+\\.)+[a-zA-Z]+(?:\\.[A-Za-z_]+)?)\"");
    /** Attributes a person reads or hears; in a template they must come from a message (th:…). */
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

    private final Properties french = load("i18n/messages_fr.properties");
    private final Properties english = load("i18n/messages_en.properties");

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys of messages_en.properties")
                .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void noMessageIsEmpty() {
        for (Properties bundle : List.of(french, english)) {
            bundle.forEach((key, value) ->
                    assertThat(value.toString()).as((String) key).isNotBlank());
        }
    }

    @Test
    void messagesWithArgumentsDoNotUseASingleQuote() {
        // MessageFormat reads ' as an escape in messages with arguments: it would swallow text.
        for (Properties bundle : List.of(french, english)) {
            bundle.forEach((key, value) -> {
                String text = value.toString();
                if (text.contains("{0")) {
                    assertThat(text.replace("''", "")).as((String) key).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String source = Files.readString(template);
            Matcher literal = LITERAL_KEY.matcher(source);
            while (literal.find()) {
                if (!french.containsKey(literal.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + literal.group(1));
                }
            }
            Matcher built = BUILT_KEY.matcher(source);
            while (built.find()) {
                String prefix = built.group(1);
                if (french.stringPropertyNames().stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + prefix + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownToUsersHasAMessage() {
        List<String> missing = new ArrayList<>();
        checkEnum(missing, ca.repere.organisation.Province.values(), "organisation.province.");
        checkEnum(missing, ca.repere.organisation.SizeBand.values(), "organisation.size.");
        checkEnum(missing, ca.repere.organisation.ServiceArea.values(), "organisation.serviceArea.");
        checkEnum(missing, ca.repere.account.Role.values(), "role.");
        checkEnum(missing, ca.repere.framework.VersionStatus.values(), "framework.status.");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyWrittenInJavaExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = MESSAGE_KEY_IN_JAVA.matcher(Files.readString(file));
                while (key.find()) {
                    String candidate = key.group(1);
                    boolean looksLikeMessage = french.stringPropertyNames().stream()
                            .anyMatch(existing ->
                                    existing.startsWith(candidate.substring(0, candidate.indexOf('.') + 1)));
                    // An audit action code ("network.member.added") is shown through audit.action.<code>.
                    boolean auditAction = french.containsKey("audit.action." + candidate);
                    if (looksLikeMessage
                            && !french.containsKey(candidate)
                            && !auditAction
                            && !candidate.endsWith(".")) {
                        missing.add(JAVA.relativize(file) + ": " + candidate);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesShowNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:errors")
                        || isComment(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String visible = text.text().strip();
                    if (!visible.isEmpty() && visible.chars().anyMatch(Character::isLetter)) {
                        hardCoded.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: " + visible);
                    }
                }
                for (String attribute : READABLE_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)) {
                        hardCoded.add(
                                TEMPLATES.relativize(template) + " [" + attribute + "]: " + element.attr(attribute));
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static boolean isComment(Element element) {
        return element.tagName().equals("#comment");
    }

    private void checkEnum(List<String> missing, Enum<?>[] values, String prefix) {
        for (Enum<?> value : values) {
            if (!french.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

package ca.repere.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a framework file and checks it whole, reporting every problem with its place instead of
 * stopping at the first. Two sets of rules apply: the JSON Schema of the format ({@link
 * FrameworkFileSchema}: fields, types, lengths, unknown fields) and {@link FrameworkFileValidator}
 * (the same per-field rules, plus those a schema cannot state: unique codes, increasing rating
 * values). A rule both check is reported once; {@code FrameworkFileRulesAgreementTest} keeps them
 * from drifting apart.
 */
@Component
class FrameworkFileReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The largest framework shipped holds under a thousand values. A file with many times more
     * is not a framework, and listing each of its problems would cost more than it tells.
     */
    static final int MAX_VALUES = 20_000;

    // Decimals stay exact (a weight of 0.1 is 0.1), a key given twice is an error, not "the last one wins".
    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    // Binding comes after the schema has named unknown fields and wrong types: here it only has to carry values.
    private final ObjectMapper binder = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final FrameworkFileValidator validator = new FrameworkFileValidator();

    /** The file, valid, or the problems that make it unusable. */
    Result read(InputStream content) throws IOException {
        return read(content.readAllBytes());
    }

    Result read(byte[] content) {
        byte[] bytes = withoutByteOrderMark(content);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            return Result.invalid(wholeFile("framework.file.problem.encoding"));
        }
        if (text.isBlank()) {
            return Result.invalid(wholeFile("framework.file.problem.empty"));
        }
        List<FrameworkFileProblem> problems = new ArrayList<>(aliases(text));
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JacksonException unreadable) {
            return Result.invalid(unreadable(unreadable));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return Result.invalid(wholeFile("framework.file.problem.empty"));
        }
        if (countValues(tree, MAX_VALUES + 1) > MAX_VALUES) {
            return Result.invalid(wholeFile("framework.file.problem.tooManyValues", MAX_VALUES));
        }
        return check(tree, problems);
    }

    /** Schema first, then the validator on whatever can be read; both lists merged in file order. */
    private Result check(JsonNode tree, List<FrameworkFileProblem> problems) {
        Checks checks = checks(tree);
        problems.addAll(checks.schema());
        problems.addAll(checks.validator());
        List<FrameworkFileProblem> sorted = new LinkedHashSet<>(problems)
                .stream().sorted(FrameworkFileLocations.IN_FILE_ORDER).toList();
        return new Result(
                sorted.isEmpty() ? checks.file() : null, sorted, textAt(tree, "code"), textAt(tree, "version"));
    }

    /**
     * What each set of rules finds in a readable file, apart. The validator leaves alone the places
     * where the schema found a value of the wrong kind: it cannot see what is there.
     */
    Checks checks(JsonNode tree) {
        List<FrameworkFileProblem> schemaProblems = new ArrayList<>();
        List<String> unreadablePlaces = new ArrayList<>();
        for (FrameworkFileSchema.Violation violation : FrameworkFileSchema.validate(tree)) {
            schemaProblems.add(violation.problem());
            if (violation.wrongType()) {
                unreadablePlaces.add(violation.problem().location());
            }
        }
        JsonNode readable = tree.deepCopy();
        for (String place : unreadablePlaces) {
            blankOut(readable, place);
        }
        List<FrameworkFileProblem> validatorProblems = new ArrayList<>();
        FrameworkFile file = null;
        if (readable.isObject()) {
            try {
                file = binder.treeToValue(readable, FrameworkFile.class);
            } catch (JacksonException unexpected) {
                // The schema admits it but Java cannot hold it (a number too big, say): still a problem of the file.
                validatorProblems.add(FrameworkFileProblem.of(
                        FrameworkFileLocations.format(path(unexpected)), "framework.file.problem.invalid"));
            }
        }
        if (file != null) {
            for (FrameworkFileProblem problem : validator.validate(file)) {
                if (unreadablePlaces.stream()
                        .noneMatch(place -> FrameworkFileLocations.isWithin(problem.location(), place))) {
                    validatorProblems.add(problem);
                }
            }
        }
        return new Checks(schemaProblems, validatorProblems, file);
    }

    /** A file as read by each set of rules; {@code file} is what the validator saw (null if nothing could be bound). */
    record Checks(List<FrameworkFileProblem> schema, List<FrameworkFileProblem> validator, FrameworkFile file) {}

    /** Parses a file's text as the reader does, for tests that look at each set of rules apart. */
    JsonNode tree(String text) {
        return yaml.readTree(text);
    }

    /**
     * Anchors and aliases ({@code &a}, {@code *a}) are not part of the format: the reader would
     * take an alias for a text of its own name, so they are refused where they are.
     */
    private List<FrameworkFileProblem> aliases(String text) {
        List<FrameworkFileProblem> problems = new ArrayList<>();
        try (JsonParser parser = yaml.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                    TokenStreamLocation where = parser.currentTokenLocation();
                    problems.add(wholeFile(
                            "framework.file.problem.alias",
                            where.getLineNr(),
                            where.getColumnNr(),
                            parser.getString()));
                }
            }
        } catch (JacksonException unreadable) {
            // Reported by the full read.
        }
        return problems;
    }

    /** A value of the wrong kind becomes null, so the rest of the file can still be bound and checked. */
    private static void blankOut(JsonNode tree, String place) {
        List<Object> path = FrameworkFileLocations.parse(place);
        if (path.isEmpty()) {
            return;
        }
        JsonNode parent = tree;
        for (Object element : path.subList(0, path.size() - 1)) {
            parent = element instanceof Integer index ? parent.path(index) : parent.path((String) element);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last instanceof String field) {
            object.set(field, NullNode.getInstance());
        } else if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, NullNode.getInstance());
        }
    }

    /** How many values the tree holds, counting no further than {@code limit}. */
    private static int countValues(JsonNode tree, int limit) {
        int count = 0;
        ArrayDeque<JsonNode> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty() && count < limit) {
            JsonNode node = pending.pop();
            count++;
            if (node.isContainer()) {
                node.values().forEach(pending::push);
            }
        }
        return count;
    }

    private static String textAt(JsonNode tree, String field) {
        JsonNode value = tree.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static FrameworkFileProblem unreadable(JacksonException exception) {
        TokenStreamLocation where = exception.getLocation();
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        return wholeFile("framework.file.problem.unreadable", line, column, reason(exception));
    }

    /** The parser's own words (English), short: what it expected, without the excerpt of the file it quotes. */
    private static String reason(JacksonException exception) {
        String reason;
        if (exception.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblem() != null) {
            reason = yaml.getContext() == null ? yaml.getProblem() : yaml.getContext() + ": " + yaml.getProblem();
        } else {
            String message = exception.getOriginalMessage();
            reason = message == null ? "" : message.lines().findFirst().orElse("");
        }
        reason = reason.replaceAll("\\s+", " ").strip();
        return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
    }

    private static List<Object> path(JacksonException exception) {
        List<Object> path = new ArrayList<>();
        for (var reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.add(reference.getIndex());
            }
        }
        return path;
    }

    private static FrameworkFileProblem wholeFile(String messageKey, Object... arguments) {
        return FrameworkFileProblem.of(FrameworkFileLocations.WHOLE_FILE, messageKey, arguments);
    }

    private static byte[] withoutByteOrderMark(byte[] content) {
        if (content.length >= 3 && Arrays.equals(content, 0, 3, UTF8_BOM, 0, 3)) {
            return Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }

    /**
     * The outcome of reading a file: {@code file} when it has no problem. {@code code} and {@code
     * version} are the file's framework code and label when it gives them as texts, valid or not,
     * so that the caller can say more (e.g. that the label is taken) in the same list.
     */
    record Result(FrameworkFile file, List<FrameworkFileProblem> problems, String code, String version) {

        static Result invalid(FrameworkFileProblem problem) {
            return new Result(null, List.of(problem), null, null);
        }

        boolean isValid() {
            return problems.isEmpty();
        }
    }
}

package ca.repere.framework;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of framework files ({@code frameworks/framework-file.schema.json}), applied to a
 * file read as a tree. It states the shape of the format (fields, types, patterns, lengths); its
 * errors come back as {@link FrameworkFileProblem}s with the same message keys and locations as
 * {@link FrameworkFileValidator}'s, so that a rule both check is reported once, in the reader's
 * language.
 */
final class FrameworkFileSchema {

    static final String LOCATION = "/frameworks/framework-file.schema.json";

    private static final Schema SCHEMA = load();

    private FrameworkFileSchema() {}

    /** Every way the tree departs from the schema. */
    static List<Violation> validate(JsonNode tree) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : SCHEMA.validate(tree)) {
            violations.add(violation(error));
        }
        return violations;
    }

    /**
     * One schema error. {@code wrongType} marks a value of the wrong kind (a list where a text
     * was expected…): nothing below it can be read, so other checks leave that place alone.
     */
    record Violation(FrameworkFileProblem problem, List<Object> path, boolean wrongType) {}

    private static Violation violation(Error error) {
        List<Object> path = path(error.getInstanceLocation());
        String keyword = error.getKeyword();
        String schemaLocation = String.valueOf(error.getSchemaLocation());
        return switch (keyword) {
            case "required" -> {
                List<Object> missing = append(path, error.getProperty());
                yield violation(missing, "framework.file.problem.required");
            }
            case "additionalProperties" -> {
                List<Object> unknown = append(path, error.getProperty());
                yield violation(unknown, "framework.file.problem.unknownField", error.getProperty());
            }
            case "type" -> wrongType(path, error);
            case "pattern" -> {
                if (schemaLocation.endsWith("/frameworkCode/pattern")) {
                    yield violation(path, "framework.file.problem.frameworkCode");
                } else if (schemaLocation.endsWith("/itemCode/pattern")) {
                    yield violation(path, "framework.file.problem.itemCode");
                }
                // The only other pattern says "not blank".
                yield violation(path, "framework.file.problem.required");
            }
            case "maxLength" ->
                violation(
                        path,
                        "framework.file.problem.tooLong",
                        error.getSchemaNode().asInt());
            case "minItems" -> violation(path, minItemsKey(path));
            case "contains", "minContains" -> violation(path, "framework.file.problem.scaleTooShort");
            case "minimum" -> violation(path, "framework.file.problem.negative");
            case "maximum" ->
                violation(
                        path,
                        "framework.file.problem.tooLarge",
                        error.getSchemaNode().asInt());
            case "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                violation(path, "framework.file.problem.weight");
            default -> violation(path, "framework.file.problem.invalid");
        };
    }

    private static Violation wrongType(List<Object> path, Error error) {
        JsonNode found = error.getInstanceNode();
        if (found == null || found.isNull()) {
            // "name:" with nothing after it reads as null: for a person, the text is missing.
            return violation(path, "framework.file.problem.required");
        }
        if (path.isEmpty()) {
            return new Violation(problem(path, "framework.file.problem.notAFrameworkFile"), path, true);
        }
        JsonNode expected = error.getSchemaNode();
        String type = expected.isArray() ? expected.get(0).asString() : expected.asString();
        return new Violation(problem(path, "framework.file.problem.type." + type), path, true);
    }

    private static String minItemsKey(List<Object> path) {
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        return switch (String.valueOf(last)) {
            case "ratingScale" -> "framework.file.problem.scaleTooShort";
            case "pillars" -> "framework.file.problem.noPillars";
            default -> "framework.file.problem.noCriteria";
        };
    }

    private static Violation violation(List<Object> path, String messageKey, Object... arguments) {
        return new Violation(problem(path, messageKey, arguments), path, false);
    }

    private static FrameworkFileProblem problem(List<Object> path, String messageKey, Object... arguments) {
        return FrameworkFileProblem.of(FrameworkFileLocations.format(path), messageKey, arguments);
    }

    private static List<Object> path(NodePath location) {
        List<Object> path = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }

    private static List<Object> append(List<Object> path, Object element) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(element);
        return longer;
    }

    private static Schema load() {
        try (InputStream schema = FrameworkFileSchema.class.getResourceAsStream(LOCATION)) {
            if (schema == null) {
                throw new IllegalStateException("Missing " + LOCATION);
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

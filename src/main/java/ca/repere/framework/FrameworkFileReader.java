package ca.repere.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a framework file and checks it, reporting every problem instead of stopping at the first. */
@Component
class FrameworkFileReader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final FrameworkFileValidator validator = new FrameworkFileValidator();

    /** The file, valid, or the problems that make it unusable. */
    Result read(InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return Result.invalid(FrameworkFileProblem.of("/", "framework.file.problem.empty"));
        }
        FrameworkFile file;
        try {
            file = yaml.readValue(bytes, FrameworkFile.class);
        } catch (UnrecognizedPropertyException unknown) {
            return Result.invalid(FrameworkFileProblem.of(
                    path(unknown), "framework.file.problem.unknownField", unknown.getPropertyName()));
        } catch (JacksonException unreadable) {
            TokenStreamLocation where = unreadable.getLocation();
            String location = where == null ? "/" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
            return Result.invalid(FrameworkFileProblem.of(location, "framework.file.problem.unreadable"));
        }
        if (file == null) {
            return Result.invalid(FrameworkFileProblem.of("/", "framework.file.problem.empty"));
        }
        List<FrameworkFileProblem> problems = validator.validate(file);
        return problems.isEmpty() ? new Result(file, List.of()) : new Result(null, problems);
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (var reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    record Result(FrameworkFile file, List<FrameworkFileProblem> problems) {

        static Result invalid(FrameworkFileProblem problem) {
            return new Result(null, List.of(problem));
        }

        boolean isValid() {
            return problems.isEmpty();
        }
    }
}

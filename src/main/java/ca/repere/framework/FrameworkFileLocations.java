package ca.repere.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in a framework file, written as a person reads them: {@code pillars[1].criteria[2].text.en},
 * or {@value #WHOLE_FILE} for the file as a whole. Problems are listed in the order of the file.
 */
final class FrameworkFileLocations {

    static final String WHOLE_FILE = "/";

    /** The format's fields in the order a file gives them; fields it does not know come after. */
    private static final List<String> FIELD_ORDER = List.of(
            "code",
            "version",
            "name",
            "source",
            "description",
            "ratingScale",
            "pillars",
            "value",
            "label",
            "weight",
            "title",
            "outcome",
            "criteria",
            "text",
            "guidance",
            "fr",
            "en");

    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");

    /** Problems in file order: the whole file first, then by place, fields in the format's order. */
    static final Comparator<FrameworkFileProblem> IN_FILE_ORDER = Comparator.comparing(
                    (FrameworkFileProblem problem) -> parse(problem.location()), FrameworkFileLocations::compare)
            .thenComparing(FrameworkFileProblem::messageKey);

    private FrameworkFileLocations() {}

    /** {@code ["pillars", 1, "title"]} as {@code pillars[1].title}. */
    static String format(List<Object> path) {
        StringBuilder location = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                location.append('[').append(index).append(']');
            } else {
                if (!location.isEmpty()) {
                    location.append('.');
                }
                location.append(element);
            }
        }
        return location.isEmpty() ? WHOLE_FILE : location.toString();
    }

    /** Whether {@code location} is {@code ancestor} or lies inside it. */
    static boolean isWithin(String location, String ancestor) {
        if (ancestor.equals(WHOLE_FILE) || location.equals(ancestor)) {
            return true;
        }
        return location.startsWith(ancestor)
                && (location.charAt(ancestor.length()) == '.' || location.charAt(ancestor.length()) == '[');
    }

    static List<Object> parse(String location) {
        List<Object> path = new ArrayList<>();
        if (location == null || location.equals(WHOLE_FILE)) {
            return path;
        }
        Matcher segment = SEGMENT.matcher(location);
        while (segment.find()) {
            path.add(segment.group(1) != null ? (Object) Integer.valueOf(segment.group(1)) : segment.group(2));
        }
        return path;
    }

    private static int compare(List<Object> left, List<Object> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareElements(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareElements(Object left, Object right) {
        if (left instanceof Integer a && right instanceof Integer b) {
            return Integer.compare(a, b);
        }
        if (left instanceof Integer) {
            return -1;
        }
        if (right instanceof Integer) {
            return 1;
        }
        int a = rank((String) left);
        int b = rank((String) right);
        return a != b ? Integer.compare(a, b) : ((String) left).compareTo((String) right);
    }

    private static int rank(String field) {
        int rank = FIELD_ORDER.indexOf(field);
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }
}

package ca.repere.organisation;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admins' organisation list filters as they come in the query string: {@code q} (part of the
 * name), {@code province}, {@code size} and {@code page} (from 0). A value that names nothing
 * (a province code edited by hand) is ignored rather than refused.
 */
record OrganisationFilter(String q, String province, String size, Integer page) {

    public String query() {
        return q == null ? "" : q.strip();
    }

    /**
     * A {@code like} pattern for the name, with the user's % and _ taken literally. The database
     * lower-cases both sides: its rules for accented letters are the unique index's.
     */
    String likePattern() {
        String text = query();
        if (text.isEmpty()) {
            return "%";
        }
        // '!' is the query's escape character: backslashes would need escaping in HQL as well.
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public Province provinceChoice() {
        return parse(Province.values(), province);
    }

    public SizeBand sizeChoice() {
        return parse(SizeBand.values(), size);
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** Whether any filter is set: the empty list then says "no match", not "no organisation yet". */
    public boolean any() {
        return !query().isEmpty() || provinceChoice() != null || sizeChoice() != null;
    }

    /** The filters as a query string for the pager's links, ending with {@code &} when not empty. */
    public String pagerQuery() {
        String query = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", Optional.of(query()).filter(text -> !text.isEmpty()))
                .queryParamIfPresent("province", Optional.ofNullable(provinceChoice()))
                .queryParamIfPresent("size", Optional.ofNullable(sizeChoice()))
                .encode()
                .build()
                .getQuery();
        return query == null ? "" : query + "&";
    }

    private static <E extends Enum<E>> E parse(E[] values, String name) {
        return name == null
                ? null
                : Arrays.stream(values)
                        .filter(value -> value.name().equals(name))
                        .findFirst()
                        .orElse(null);
    }
}

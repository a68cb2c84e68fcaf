package dev.minisuite.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Validates the {@code page}, {@code size} and {@code sort} query parameters of a list endpoint.
 *
 * <p>{@code sort} takes {@code field}, {@code field,asc} or {@code field,desc} and may repeat. Spring splits a
 * single {@code sort=film_name,desc} into two list elements but keeps repeated parameters whole, so every element
 * is split at commas again, and a direction applies to the field just before it.
 */
public final class PageQuery {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The largest number of items a page may skip; MongoDB takes the skip as a 32-bit integer. */
    public static final int MAX_OFFSET = Integer.MAX_VALUE;

    private PageQuery() {
    }

    /**
     * Builds a page request, or throws a 400 problem that lists every invalid parameter.
     *
     * @param sortable the JSON names that may be sorted on, mapped to their document field names
     * @param defaultSort the order used when no {@code sort} parameter is given
     */
    public static Pageable of(@Nullable Integer page, @Nullable Integer size, @Nullable List<String> sort,
            Map<String, String> sortable, Sort defaultSort) {
        List<FieldProblem> errors = new ArrayList<>();
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            errors.add(new FieldProblem("page", "must be 0 or greater, but was " + pageNumber));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE + ", but was " + pageSize));
        }
        else if ((long) pageNumber * pageSize > MAX_OFFSET) {
            errors.add(new FieldProblem("page", "is too large: page times size must be at most " + MAX_OFFSET));
        }
        Sort order = parseSort(sort, sortable, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalidRequestException(errors);
        }
        return PageRequest.of(pageNumber, pageSize, order.isSorted() ? order : defaultSort);
    }

    private static Sort parseSort(@Nullable List<String> tokens, Map<String, String> sortable,
            List<FieldProblem> errors) {
        if (tokens == null || tokens.isEmpty()) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        boolean directionAllowed = false;
        for (String token : splitAtCommas(tokens)) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.equals("asc") || lower.equals("desc")) {
                if (!directionAllowed) {
                    errors.add(new FieldProblem("sort", "a direction must follow a field name, as in film_name,desc"));
                    continue;
                }
                Sort.Order last = orders.removeLast();
                orders.add(lower.equals("asc") ? last.with(Sort.Direction.ASC) : last.with(Sort.Direction.DESC));
                directionAllowed = false;
                continue;
            }
            directionAllowed = false;
            String field = sortable.get(token);
            if (field == null) {
                errors.add(new FieldProblem("sort", "cannot sort on '" + token + "'; use one of "
                        + String.join(", ", sortable.keySet())));
                continue;
            }
            orders.add(Sort.Order.asc(field));
            directionAllowed = true;
        }
        return Sort.by(orders);
    }

    private static List<String> splitAtCommas(List<String> tokens) {
        List<String> parts = new ArrayList<>();
        for (String token : tokens) {
            for (String part : token.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }
}

package org.peacecouncil.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list ordered by a unique key; {@code next} is the cursor for the following page, or null at the
 * end. Cursors are keys, not offsets, so a page does not shift when records are added before it.
 */
public record Page<T>(List<T> items, String next) {

    public static final int MAX_LIMIT = 500;

    public static <T> Page<T> of(List<T> ordered, Function<T, String> key, String after, Integer limit) {
        int size = limit == null ? 200 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new CouncilProblem.InvalidRequest("bad-limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        var rest = after == null || after.isBlank() ? ordered
                : ordered.stream().filter(item -> key.apply(item).compareTo(after) > 0).toList();
        var items = rest.stream().limit(size).toList();
        String next = rest.size() > size ? key.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, next);
    }
}

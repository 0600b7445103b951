package dev.lightspeed.stack.importer;

import java.util.List;
import java.util.Map;

/**
 * One entry of a declaration list (a provider, a model, …) with the comment lines to write above it.
 *
 * @param value    the entry's fields, in order, as plain values
 * @param comments comment lines without the leading {@code #}
 */
record Item(Map<String, Object> value, List<String> comments) {

    Item {
        comments = List.copyOf(comments);
    }
}

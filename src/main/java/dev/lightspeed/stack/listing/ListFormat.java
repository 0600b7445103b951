package dev.lightspeed.stack.listing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How {@code list-providers} prints the catalog. */
public enum ListFormat {
    /** Aligned columns, like {@code llama stack list-providers}. */
    TABLE,
    /** A JSON array, one object per provider. */
    JSON;

    /** The format named {@code name} (any case), if there is one. */
    public static Optional<ListFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }
}

package dev.lightspeed.stack.importer;

import java.util.Locale;
import java.util.Set;

/**
 * What pydantic's lax mode makes of a string where a number or a boolean belongs: {@code "1024"} → 1024,
 * {@code "0.5"} → 0.5, {@code "yes"} → true. Anything else stays as it is (null: no coercion).
 */
final class ScalarCoercion {

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "f", "n");

    private ScalarCoercion() {
    }

    /** @param expected the checker's "expected integer or null"-style text */
    static Object coerce(String text, String expected) {
        String t = text.strip();
        if (expected.contains("integer") && t.matches("[-+]?[0-9]+")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (expected.contains("number") && t.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return t.matches("[-+]?[0-9]+") ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
        }
        if (expected.contains("boolean")) {
            String l = t.toLowerCase(Locale.ROOT);
            return TRUE.contains(l) ? Boolean.TRUE : FALSE.contains(l) ? Boolean.FALSE : null;
        }
        return null;
    }
}

package dev.lightspeed.stack.pyproject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * A TOML document as the edit reads it, whoever parsed it ({@link SimpleToml} or tomlj): a table is a
 * {@code Map<String, Object>} in the file's key order (tomlj's order for tomlj), an array is an {@link Array}, a string
 * a String, an integer a Long, a float a Double, a boolean a Boolean, a date or time tomlj's own object.
 */
final class PlainToml {

    /** An array, with the offset in the text of each element (or -1 when unknown). */
    static final class Array extends ArrayList<Object> {

        private final List<Integer> offsets = new ArrayList<>();

        void add(Object value, int offset) {
            add(value);
            offsets.add(offset);
        }

        /** The offset in the text of the {@code i}-th element's first character. */
        int offset(int i) {
            return offsets.get(i);
        }
    }

    private PlainToml() {
    }

    /** The value at a key path, or null. */
    static Object get(Map<String, Object> root, List<String> path) {
        Object at = root;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(key);
        }
        return at;
    }

    /** The plain form of a table tomlj has parsed from {@code text}. */
    static Map<String, Object> of(TomlTable table, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            m.put(key, value(table.get(List.of(key)), text));
        }
        return m;
    }

    private static Object value(Object v, String text) {
        if (v instanceof TomlTable t) {
            return of(t, text);
        }
        if (v instanceof TomlArray a) {
            Array out = new Array();
            for (int i = 0; i < a.size(); i++) {
                TomlPosition p = a.inputPositionOf(i);
                out.add(value(a.get(i), text), p == null ? -1 : TextEdits.offset(text, p.line(), p.column()));
            }
            return out;
        }
        return v;
    }
}

package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The mutable tree LCS's synthesizer works on (Python dicts and lists), whose every node keeps the {@link Location} it
 * came from: the operator's line in lightspeed-stack.yaml or a profile, the bundled baseline's line, or, for a node
 * the synthesis made up, the operator entry that caused it. Leaves are {@link YScalar}s. Converted from and to
 * {@link YNode}s so the result can be checked by the run.yaml reader with those locations intact.
 */
final class Tree {

    private Tree() {
    }

    /** A mapping: keys in insertion order (Python's dict order), each with the location of its key. */
    static final class Map {
        final Location location;
        final LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        final LinkedHashMap<String, Location> keys = new LinkedHashMap<>();

        Map(Location location) {
            this.location = location;
        }

        Object get(String key) {
            return values.get(key);
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        /** {@code d[key] = v}: an existing key keeps its place and its key location. */
        Map put(String key, Object value, Location keyLocation) {
            if (!values.containsKey(key)) {
                keys.put(key, keyLocation);
            }
            values.put(key, value);
            return this;
        }

        Map put(String key, Object value) {
            return put(key, value, location(value));
        }

        /** {@code d.setdefault(key, {})}; a present value of another type is returned as it is. */
        Object setDefaultMap(String key, Location where) {
            if (!values.containsKey(key)) {
                put(key, new Map(where), where);
            }
            return values.get(key);
        }

        Object setDefaultSeq(String key, Location where) {
            if (!values.containsKey(key)) {
                put(key, new Seq(where), where);
            }
            return values.get(key);
        }

        /** The text of a string-like scalar value, else null. */
        String text(String key) {
            return values.get(key) instanceof YScalar s && !s.isNull() ? s.text() : null;
        }
    }

    /** A list. */
    static final class Seq {
        final Location location;
        final List<Object> items = new ArrayList<>();

        Seq(Location location) {
            this.location = location;
        }
    }

    static Location location(Object node) {
        if (node instanceof Map m) {
            return m.location;
        }
        if (node instanceof Seq s) {
            return s.location;
        }
        return ((YScalar) node).location();
    }

    static YScalar str(String text, Location where) {
        return YScalar.string(text, where);
    }

    static YScalar bool(boolean b, Location where) {
        return new YScalar(Boolean.toString(b), YScalar.ScalarType.BOOL, false, where);
    }

    static YScalar integer(long v, Location where) {
        return new YScalar(Long.toString(v), YScalar.ScalarType.INT, false, where);
    }

    static YScalar nul(Location where) {
        return new YScalar("null", YScalar.ScalarType.NULL, false, where);
    }

    /** A deep copy of a parsed node. */
    static Object of(YNode n) {
        if (n instanceof YMap m) {
            Map out = new Map(m.location());
            m.entries().values().forEach(e -> out.put(e.key(), of(e.value()), e.keyLocation()));
            return out;
        }
        if (n instanceof YSeq s) {
            Seq out = new Seq(s.location());
            s.items().forEach(i -> out.items.add(of(i)));
            return out;
        }
        return n;
    }

    static YNode toNode(Object t) {
        if (t instanceof Map m) {
            List<YMap.Entry> entries = new ArrayList<>();
            m.values.forEach((k, v) -> entries.add(new YMap.Entry(k, m.keys.get(k), toNode(v))));
            return new YMap(entries, m.location);
        }
        if (t instanceof Seq s) {
            return new YSeq(s.items.stream().map(Tree::toNode).toList(), s.location);
        }
        return (YScalar) t;
    }

    /** The value as Python would hold it (for {@code ==} comparisons). */
    static Object plain(Object t) {
        return t == null ? null : toNode(t).toPlain();
    }

    static boolean plainEquals(Object t, Object value) {
        return Objects.equals(plain(t), value);
    }

    /** Python truthiness: None, false, 0, "" and empty containers are false; absent (null) too. */
    static boolean truthy(Object t) {
        if (t == null) {
            return false;
        }
        if (t instanceof Map m) {
            return !m.values.isEmpty();
        }
        if (t instanceof Seq s) {
            return !s.items.isEmpty();
        }
        Object p = ((YScalar) t).toPlain();
        if (p == null || Boolean.FALSE.equals(p) || "".equals(p)) {
            return false;
        }
        return !(p instanceof Number num) || num.doubleValue() != 0;
    }

    /** {@code str(value)} of a scalar (the text as written); null for anything else. */
    static String text(Object t) {
        return t instanceof YScalar s && !s.isNull() ? s.text() : null;
    }
}

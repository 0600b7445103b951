package dev.lightspeed.stack.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.problem.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Building and combining {@link YNode}s: from JSON or plain values, deep merge, string rewriting. */
public final class YNodes {

    private YNodes() {
    }

    /** A JSON value as a YNode whose every node stands at {@code where} (for values that come from a catalog). */
    public static YNode fromJson(JsonNode n, Location where) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return new YScalar("null", YScalar.ScalarType.NULL, false, where);
        }
        if (n.isObject()) {
            List<YMap.Entry> entries = new ArrayList<>();
            for (var e : n.properties()) {
                entries.add(new YMap.Entry(e.getKey(), where, fromJson(e.getValue(), where)));
            }
            return new YMap(entries, where);
        }
        if (n.isArray()) {
            List<YNode> items = new ArrayList<>();
            for (JsonNode i : n) {
                items.add(fromJson(i, where));
            }
            return new YSeq(items, where);
        }
        if (n.isBoolean()) {
            return new YScalar(n.asText(), YScalar.ScalarType.BOOL, false, where);
        }
        if (n.isIntegralNumber()) {
            return new YScalar(n.asText(), YScalar.ScalarType.INT, false, where);
        }
        if (n.isNumber()) {
            return new YScalar(n.asText(), YScalar.ScalarType.FLOAT, false, where);
        }
        return YScalar.string(n.asText(), where);
    }

    /** A plain value (maps, lists, strings, numbers, booleans, null) as a YNode standing at {@code where}. */
    public static YNode fromPlain(Object v, Location where) {
        if (v instanceof Map<?, ?> m) {
            List<YMap.Entry> entries = new ArrayList<>();
            for (var e : m.entrySet()) {
                entries.add(new YMap.Entry(String.valueOf(e.getKey()), where, fromPlain(e.getValue(), where)));
            }
            return new YMap(entries, where);
        }
        if (v instanceof List<?> l) {
            List<YNode> items = new ArrayList<>();
            for (Object i : l) {
                items.add(fromPlain(i, where));
            }
            return new YSeq(items, where);
        }
        if (v == null) {
            return new YScalar("null", YScalar.ScalarType.NULL, false, where);
        }
        if (v instanceof Boolean b) {
            return new YScalar(b.toString(), YScalar.ScalarType.BOOL, false, where);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            return new YScalar(v.toString(), YScalar.ScalarType.INT, false, where);
        }
        if (v instanceof Double || v instanceof BigDecimal || v instanceof Float) {
            return new YScalar(v.toString(), YScalar.ScalarType.FLOAT, false, where);
        }
        return YScalar.string(v.toString(), where);
    }

    /**
     * {@code over} merged onto {@code base}: mappings merge key by key (base order first, new keys after), anything
     * else in {@code over} replaces what is in {@code base}, lists included.
     */
    public static YNode merge(YNode base, YNode over) {
        if (base instanceof YMap b && over instanceof YMap o) {
            List<YMap.Entry> entries = new ArrayList<>();
            for (YMap.Entry e : b.entries().values()) {
                YMap.Entry oe = o.entries().get(e.key());
                entries.add(oe == null ? e : new YMap.Entry(e.key(), oe.keyLocation(), merge(e.value(), oe.value())));
            }
            for (YMap.Entry oe : o.entries().values()) {
                if (!b.has(oe.key())) {
                    entries.add(oe);
                }
            }
            return new YMap(entries, o.location());
        }
        return over;
    }

    /** The same tree with every string scalar passed through {@code f}. */
    public static YNode mapStrings(YNode n, UnaryOperator<String> f) {
        if (n instanceof YMap m) {
            List<YMap.Entry> entries = new ArrayList<>();
            for (YMap.Entry e : m.entries().values()) {
                entries.add(new YMap.Entry(e.key(), e.keyLocation(), mapStrings(e.value(), f)));
            }
            return new YMap(entries, m.location());
        }
        if (n instanceof YSeq s) {
            List<YNode> items = new ArrayList<>();
            for (YNode i : s.items()) {
                items.add(mapStrings(i, f));
            }
            return new YSeq(items, s.location());
        }
        YScalar sc = (YScalar) n;
        return sc.isString() ? new YScalar(f.apply(sc.text()), sc.type(), sc.quoted(), sc.location()) : sc;
    }
}

package dev.lightspeed.stack.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run.yaml value says beyond a default it will be deep-merged over (the generator's rule: maps merge key by
 * key, anything else replaces). {@link #over} is the smallest fragment that, merged over the default, gives back the
 * source; {@link #extra} lists the default's keys the source does not have (a merge cannot take them out).
 */
final class ConfigDiff {

    private ConfigDiff() {
    }

    /** The fragment of {@code source} that differs from {@code dflt}: an empty map when they agree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> over(Map<String, Object> source, Map<String, Object> dflt) {
        Map<String, Object> out = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            Object d = dflt.get(k);
            if (v instanceof Map<?, ?> vm && d instanceof Map<?, ?> dm) {
                Map<String, Object> inner = over((Map<String, Object>) vm, (Map<String, Object>) dm);
                if (!inner.isEmpty()) {
                    out.put(k, inner);
                }
            } else if (!dflt.containsKey(k) || !same(v, d)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Paths ({@code prefix.key.sub}) of the keys in {@code dflt} that {@code source} lacks, at any depth. */
    @SuppressWarnings("unchecked")
    static List<String> extra(Map<String, Object> source, Map<String, Object> dflt, String prefix) {
        List<String> out = new ArrayList<>();
        dflt.forEach((k, d) -> {
            String path = prefix.isEmpty() ? k : prefix + "." + k;
            if (!source.containsKey(k)) {
                out.add(path);
            } else if (source.get(k) instanceof Map<?, ?> sm && d instanceof Map<?, ?> dm) {
                out.addAll(extra((Map<String, Object>) sm, (Map<String, Object>) dm, path));
            }
        });
        return out;
    }

    /** Equal plain values; integers compare by value whatever their Java type. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && !(a instanceof Double) && !(b instanceof Double)) {
            return x.toString().equals(y.toString());
        }
        return Objects.equals(a, b);
    }
}

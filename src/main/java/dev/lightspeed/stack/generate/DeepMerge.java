package dev.lightspeed.stack.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/** Deep merge of plain values: maps merge key by key (base order first), anything else in {@code over} replaces. */
final class DeepMerge {

    private DeepMerge() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Object over) {
        if (!(over instanceof Map<?, ?> o)) {
            return base;
        }
        Map<String, Object> out = new LinkedHashMap<>(base);
        o.forEach((k, v) -> {
            String key = String.valueOf(k);
            Object b = out.get(key);
            if (b instanceof Map<?, ?> bm && v instanceof Map<?, ?>) {
                out.put(key, merge((Map<String, Object>) bm, v));
            } else {
                out.put(key, v);
            }
        });
        return out;
    }
}

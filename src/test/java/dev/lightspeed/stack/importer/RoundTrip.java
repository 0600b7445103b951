package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a source run.yaml with the run.yaml generated from its import, both as plain values of the same release
 * shape: the same providers (api, id, type), every config value of the source present and equal in the generated
 * file (environment references compared verbatim; keys the catalog default adds are allowed), the same resources
 * with the same fields, and the same values for the rest of the top level. Returns the differences, one per line.
 */
final class RoundTrip {

    private RoundTrip() {
    }

    /** @param ignored paths the import reported as not carried over or changed (differences expected there) */
    static List<String> differences(Map<String, Object> src, Map<String, Object> gen, RunShape shape,
            Set<String> ignored) {
        List<String> out = new ArrayList<>();
        providers(src, gen, ignored, out);
        resources(src, gen, shape, ignored, out);
        Set<String> special = Set.of("version", "providers", "registered_resources");
        for (Map.Entry<String, Object> e : src.entrySet()) {
            String k = e.getKey();
            boolean legacyResource = shape.resourceSection().isEmpty() && shape.resources().values().stream()
                    .anyMatch(r -> r.key().equals(k));
            if (special.contains(k) || legacyResource || ignored.contains(k) || e.getValue() == null) {
                continue;
            }
            compare(k, e.getValue(), gen.get(k), ignored, out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void compare(String path, Object s, Object g, Set<String> ignored, List<String> out) {
        if (ignored.contains(path)) {
            return;
        }
        if (s instanceof Map<?, ?> sm && g instanceof Map<?, ?> gm) {
            ((Map<String, Object>) sm).forEach((k, v) -> compare(path + "." + k, v, gm.get(k), ignored, out));
        } else if (s instanceof List<?> sl && g instanceof List<?> gl && path.equals("apis")) {
            if (!new java.util.HashSet<>(sl).equals(new java.util.HashSet<>(gl))) {
                out.add(path + ": " + s + " became " + g);
            }
        } else if (!ConfigDiff.same(s, g) && !(s instanceof List<?> l && l.isEmpty() && g == null)) {
            out.add(path + ": " + s + " became " + g);
        }
    }

    private static void providers(Map<String, Object> src, Map<String, Object> gen, Set<String> ignored,
            List<String> out) {
        Map<String, Map<String, Object>> s = flatten(src);
        Map<String, Map<String, Object>> g = flatten(gen);
        s.forEach((key, p) -> {
            Map<String, Object> gp = g.get(key);
            String path = (String) p.get("path");
            if (ignored.contains(path)) {
                return;
            }
            if (gp == null) {
                out.add("provider " + key + " (" + p.get("provider_type") + ") is missing");
                return;
            }
            if (!Objects.equals(p.get("provider_type"), gp.get("provider_type"))) {
                out.add("provider " + key + ": type " + p.get("provider_type") + " became " + gp.get("provider_type"));
            }
            Object sc = p.get("config") == null ? Map.of() : p.get("config");
            compare(path + ".config", sc, gp.get("config"), ignored, out);
        });
        g.keySet().stream().filter(k -> !s.containsKey(k)).forEach(k -> out.add("provider " + k + " was added"));
    }

    /** "api/id" → the entry plus its path. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> flatten(Map<String, Object> doc) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (doc.get("providers") instanceof Map<?, ?> apis) {
            ((Map<String, Object>) apis).forEach((api, list) -> {
                if (list instanceof List<?> l) {
                    for (int i = 0; i < l.size(); i++) {
                        Map<String, Object> p = new LinkedHashMap<>((Map<String, Object>) l.get(i));
                        p.put("path", "providers." + api + "[" + i + "]");
                        out.put(api + "/" + p.get("provider_id"), p);
                    }
                }
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void resources(Map<String, Object> src, Map<String, Object> gen, RunShape shape,
            Set<String> ignored, List<String> out) {
        String section = shape.resourceSection().orElse(null);
        Map<String, Object> ss = section != null ? StorageImporter.map(src.get(section)) : src;
        Map<String, Object> gs = section != null ? StorageImporter.map(gen.get(section)) : gen;
        String prefix = section != null ? section + "." : "";
        for (ResourceShape rs : shape.resources().values()) {
            String key = rs.key();
            List<Object> sl = ss.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
            List<Object> gl = gs.get(key) instanceof List<?> l ? (List<Object>) l : List.of();
            String idField = rs.idField();
            int skipped = 0;
            for (int i = 0; i < sl.size(); i++) {
                Map<String, Object> se = (Map<String, Object>) sl.get(i);
                String path = prefix + key + "[" + i + "]";
                Map<String, Object> ge = gl.stream().map(o -> (Map<String, Object>) o)
                        .filter(o -> Objects.equals(o.get(idField), se.get(idField))).findFirst().orElse(null);
                if (ignored.contains(path)) {
                    skipped++;
                    continue;
                }
                if (ge == null) {
                    out.add(rs.kind().label() + " " + se.get(idField) + " is missing");
                    continue;
                }
                se.forEach((k, v) -> {
                    if (v != null && !(k.equals("model_type") && "llm".equals(v))) {
                        compare(path + "." + k, v, ge.get(k), ignored, out);
                    }
                });
            }
            if (gl.size() != sl.size() - skipped) {
                out.add(key + ": " + sl.size() + " entries became " + gl.size());
            }
        }
    }
}

package dev.lightspeed.stack.model;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each field of a resource entry has its value, by run.yaml path ({@code embedding_model},
 * {@code metadata.embedding_dimension}), whichever file the entry was read from: the one way a {@link ResourceRef}
 * carries field locations, so a problem about a field stands at the field's own line.
 */
public final class FieldLocations {

    private FieldLocations() {
    }

    /**
     * The value locations of {@code entry}'s fields and of the fields of its nested maps.
     *
     * @param runKeys the run.yaml key of each top-level key of the entry (a declaration's {@code embeddingModel} is
     *                {@code embedding_model}; a key it lacks is left out), or null when the entry is run.yaml's own
     */
    public static Map<String, Location> of(YMap entry, Map<String, String> runKeys) {
        Map<String, Location> out = new LinkedHashMap<>();
        for (YMap.Entry e : entry.entries().values()) {
            String key = runKeys == null ? e.key() : runKeys.get(e.key());
            if (key != null) {
                add(key, e, out);
            }
        }
        return out;
    }

    private static void add(String path, YMap.Entry e, Map<String, Location> out) {
        out.put(path, e.value().location());
        if (e.value() instanceof YMap nested) {
            for (YMap.Entry n : nested.entries().values()) {
                add(path + "." + n.key(), n, out);
            }
        }
    }

    /**
     * The location of {@code path}'s value, or of the deepest map on the way that is there ({@code metadata} when it
     * has no {@code embedding_dimension}); {@code entry} when even the first key is absent.
     */
    static Location at(Map<String, Location> fields, String path, Location entry) {
        for (String p = path; ; p = p.substring(0, p.lastIndexOf('.'))) {
            Location l = fields.get(p);
            if (l != null) {
                return l;
            }
            if (p.lastIndexOf('.') < 0) {
                return entry;
            }
        }
    }
}

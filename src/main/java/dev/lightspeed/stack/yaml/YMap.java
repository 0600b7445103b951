package dev.lightspeed.stack.yaml;

import dev.lightspeed.stack.problem.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping with string keys, in document order. Each entry keeps its key's location, so a message about an
 * unknown field can point at the key itself.
 */
public final class YMap implements YNode {

    /** One key: value pair. */
    public record Entry(String key, Location keyLocation, YNode value) {
    }

    private final LinkedHashMap<String, Entry> entries;
    private final Location location;

    public YMap(List<Entry> entries, Location location) {
        LinkedHashMap<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            m.put(e.key(), e);
        }
        this.entries = m;
        this.location = location;
    }

    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The text of {@code key}'s value when it is a non-null scalar; null when absent, null or not a scalar. */
    public String text(String key) {
        return get(key).orElse(null) instanceof YScalar s && !s.isNull() ? s.text() : null;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Location keyLocation(String key) {
        Entry e = entries.get(key);
        return e == null ? location : e.keyLocation();
    }

    /** Where the value of {@code key} is, falling back to the key, then to this map. */
    public Location valueLocation(String key) {
        Entry e = entries.get(key);
        return e == null ? location : e.value().location();
    }

    public int size() {
        return entries.size();
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public String kind() {
        return "mapping";
    }

    @Override
    public Object toPlain() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            out.put(e.key(), e.value().toPlain());
        }
        return out;
    }

    @Override
    public String toString() {
        return "YMap" + entries.keySet() + "@" + location;
    }
}

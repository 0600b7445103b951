package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * What a release's {@code replace_env_vars} does to the resolved view beyond substituting, by its run shape, applied
 * before anything is checked:
 * <ul>
 *   <li>{@link ResourceShape#droppedWhenIdEmpty()} (0.4.3 and later): an entry of a resource list whose id field
 *   resolves to empty ({@code model_id: ${env.X:+name}} with X unset) is dropped; up to 0.3.5 it stays, with a null
 *   id, and the schema check refuses it;</li>
 *   <li>{@link RunShape#authTypeSwitch()} (0.6.0 and later): when {@code server.auth.provider_config.type} resolves
 *   to empty, {@code provider_config} becomes null (authentication off) and its other references are not
 *   resolved.</li>
 * </ul>
 */
final class ReleaseLeniencies {

    private ReleaseLeniencies() {
    }

    static YMap apply(YMap resolved, RunShape shape) {
        YMap out = dropEmptyIds(resolved, shape);
        if (shape.authTypeSwitch() && out.get("server").orElse(null) instanceof YMap server
                && server.get("auth").orElse(null) instanceof YMap auth
                && auth.get("provider_config").orElse(null) instanceof YMap pc
                && pc.get("type").orElse(null) instanceof YScalar t && isEmpty(t)) {
            YNode off = new YScalar("null", YScalar.ScalarType.NULL, false, pc.location());
            out = (YMap) with(out, "server", with(server, "auth", with(auth, "provider_config", off)));
        }
        return out;
    }

    private static boolean isEmpty(YScalar s) {
        return s.isNull() || s.isString() && s.text().isEmpty();
    }

    private static YMap dropEmptyIds(YMap resolved, RunShape shape) {
        if (shape.resourceSection().isEmpty()) {
            return (YMap) dropEmptyIdsIn(resolved, shape);
        }
        String key = shape.resourceSection().get();
        return resolved.get(key).isEmpty() ? resolved
                : (YMap) with(resolved, key, dropEmptyIdsIn(resolved.get(key).get(), shape));
    }

    /** The resource section {@code node} without the entries whose id is empty, for the kinds that drop them. */
    private static YNode dropEmptyIdsIn(YNode node, RunShape shape) {
        if (!(node instanceof YMap m)) {
            return node;
        }
        YMap out = m;
        for (ResourceShape rs : shape.resources().values()) {
            if (rs.droppedWhenIdEmpty() && out.get(rs.key()).orElse(null) instanceof YSeq s) {
                List<YNode> kept = new ArrayList<>(s.items().size());
                for (YNode i : s.items()) {
                    if (!(i instanceof YMap e && e.get(rs.idField()).orElse(null) instanceof YScalar id && isEmpty(id))) {
                        kept.add(i);
                    }
                }
                out = (YMap) with(out, rs.key(), new YSeq(kept, s.location()));
            }
        }
        return out;
    }

    /** {@code m} with the value of {@code key} replaced by {@code value} ({@code m} is a mapping that has it). */
    private static YNode with(YMap map, String key, YNode value) {
        List<YMap.Entry> entries = new ArrayList<>(map.size());
        for (YMap.Entry e : map.entries().values()) {
            entries.add(e.key().equals(key) ? new YMap.Entry(e.key(), e.keyLocation(), value) : e);
        }
        return new YMap(entries, map.location());
    }
}

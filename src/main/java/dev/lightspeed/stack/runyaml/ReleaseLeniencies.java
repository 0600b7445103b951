package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
        if (shape.authTypeSwitch()) {
            out = (YMap) with(out, "server", server -> with(server, "auth", auth -> with(auth, "provider_config",
                    pc -> pc instanceof YMap m && m.get("type").orElse(null) instanceof YScalar t
                            && (t.isNull() || t.isString() && t.text().isEmpty())
                            ? new YScalar("null", YScalar.ScalarType.NULL, false, m.location()) : pc)));
        }
        return out;
    }

    private static YMap dropEmptyIds(YMap resolved, RunShape shape) {
        UnaryOperator<YNode> section = node -> {
            if (!(node instanceof YMap m)) {
                return node;
            }
            YMap out = m;
            for (ResourceShape rs : shape.resources().values()) {
                if (rs.droppedWhenIdEmpty()) {
                    out = (YMap) with(out, rs.key(), list -> list instanceof YSeq s ? new YSeq(s.items().stream()
                            .filter(i -> !(i instanceof YMap e && e.get(rs.idField()).orElse(null) instanceof YScalar id
                                    && (id.isNull() || id.isString() && id.text().isEmpty()))).toList(), s.location())
                            : list);
                }
            }
            return out;
        };
        return (YMap) (shape.resourceSection().isEmpty() ? section.apply(resolved)
                : with(resolved, shape.resourceSection().get(), section));
    }

    /** {@code m} with the value of {@code key} replaced, when {@code m} is a mapping that has it; else {@code m}. */
    private static YNode with(YNode m, String key, UnaryOperator<YNode> change) {
        if (!(m instanceof YMap map) || !map.has(key)) {
            return m;
        }
        List<YMap.Entry> entries = new ArrayList<>(map.size());
        for (YMap.Entry e : map.entries().values()) {
            entries.add(e.key().equals(key) ? new YMap.Entry(e.key(), e.keyLocation(), change.apply(e.value())) : e);
        }
        return new YMap(entries, map.location());
    }
}

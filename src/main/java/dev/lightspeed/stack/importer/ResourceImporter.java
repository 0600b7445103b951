package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import java.util.Optional;
import dev.lightspeed.stack.declaration.ResourceFields;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource registrations of a run.yaml (0.3.x {@code registered_resources:}, 0.2.x top-level lists with
 * {@code vector_dbs}) → the declaration's {@code models:}, {@code vectorStores:}, …: the inverse of the declaration's
 * resource mapping. An entry with a field the declaration has no place for keeps the rest and lists the field; an
 * entry without a field the declaration requires is left out and listed.
 */
final class ResourceImporter {

    private static final Map<ResourceKind, List<String>> REQUIRED = Map.of(
            ResourceKind.MODEL, List.of("provider"), ResourceKind.SHIELD, List.of("provider"),
            ResourceKind.VECTOR_STORE, List.of("provider", "embeddingModel", "embeddingDimension"),
            ResourceKind.DATASET, List.of("purpose", "source"),
            ResourceKind.SCORING_FN, List.of("provider", "returnType"),
            ResourceKind.BENCHMARK, List.of("dataset", "scoringFunctions"),
            ResourceKind.TOOL_GROUP, List.of("provider"));

    private final RunSource source;
    private final ImportNotes notes;

    ResourceImporter(RunSource source, ImportNotes notes) {
        this.source = source;
        this.notes = notes;
    }

    /** Declaration key → items, in the declaration's order of sections. */
    Map<String, List<Item>> run(boolean migrating, Catalog target) {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        RunShape shape = source.catalog().shape();
        Optional<String> sectionKey = shape.resourceSection();
        YMap section = sectionKey.isEmpty() ? source.root()
                : source.root().get(sectionKey.get()).orElse(null) instanceof YMap rr ? rr : null;
        if (section == null) {
            return out;
        }
        String prefix = sectionKey.map(k -> k + ".").orElse("");
        for (ResourceShape rs : shape.resources().values()) {
            ResourceKind kind = rs.kind();
            String key = rs.key();
            if (!(section.get(key).orElse(null) instanceof YSeq list)) {
                continue;
            }
            Optional<ResourceShape> there = target.shape().resource(kind);
            if (there.isEmpty() || there.get().deprecated()) {
                if (!list.items().isEmpty()) {
                    notes.notCarried(list.location(), prefix + key, dropped(kind, list, there.isPresent(), target));
                }
                continue;
            }
            String targetKey = there.get().key();
            if (migrating && !targetKey.equals(key) && !list.items().isEmpty()) {
                notes.migrated(list.location(), prefix + key, key + " becomes " + targetKey + " in "
                        + target.displayName());
            }
            List<Integer> starts = list.items().stream().map(n -> n.location().line()).toList();
            int end = Math.min(nextLine(section, key), sectionKey.map(k -> nextLine(source.root(), k))
                    .orElse(Integer.MAX_VALUE));
            List<List<String>> comments = source.comments().take(section.keyLocation(key).line(), starts, end);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                String path = prefix + key + "[" + i + "]";
                if (list.items().get(i) instanceof YMap entry) {
                    Map<String, Object> f = fields(rs, entry, path);
                    if (f != null) {
                        items.add(new Item(f, comments.get(i)));
                    }
                }
            }
            if (!items.isEmpty()) {
                out.put(ResourceFields.section(kind), items);
            }
        }
        if (sectionKey.isPresent()) {
            for (YMap.Entry e : section.entries().values()) {
                boolean known = shape.resources().values().stream().anyMatch(r -> r.key().equals(e.key()));
                if (!known && e.value() instanceof YSeq s && !s.items().isEmpty()) {
                    notes.notCarried(e.value().location(), prefix + e.key(), BundledCatalogs.displayName(source.release())
                            + " ignores " + prefix + e.key() + " (it registers "
                            + String.join(", ", shape.resources().values().stream().map(ResourceShape::key).toList())
                            + ")");
                }
            }
        }
        return out;
    }

    /** Why a resource list has no place in the target, and what takes its place. */
    private static String dropped(ResourceKind kind, YSeq list, boolean deprecated, Catalog target) {
        RunShape shape = target.shape();
        if (!deprecated) {
            return shape.removedResources().getOrDefault(kind, target.displayName() + " registers no "
                    + kind.label() + "s");
        }
        List<String> created = new ArrayList<>();
        for (YNode n : list.items()) {
            String id = n instanceof YMap m ? m.text(shape.resource(kind).get().idField()) : null;
            String renamed = id == null ? null : shape.migration().toolGroupRenames().getOrDefault(id, id);
            if (renamed != null && shape.toolGroupsFromProviders().containsKey(renamed)) {
                created.add(id + (renamed.equals(id) ? "" : " (now " + renamed + ")") + " from "
                        + String.join(" or ", shape.toolGroupsFromProviders().get(renamed)));
            }
        }
        return target.displayName() + " empties registered " + kind.label() + "s (deprecated)" + (created.isEmpty()
                ? "" : "; it creates " + String.join(", ", created) + " by itself");
    }

    private Map<String, Object> fields(ResourceShape rs, YMap entry, String path) {
        ResourceKind kind = rs.kind();
        Map<String, Object> f = new LinkedHashMap<>();
        String idField = rs.idField();
        List<String> used = new ArrayList<>();
        for (ResourceFields.Field field : ResourceFields.of(rs)) {
            if (field.uri()) {
                continue; // below, after the plain fields, as the declaration lists it
            }
            entry.get(field.runKey()).filter(v -> v.toPlain() != null).ifPresent(v -> {
                if (!(field.runKey().equals("model_type") && "llm".equals(v.toPlain()))) {
                    f.put(field.declKey(), v.toPlain());
                }
                used.add(field.runKey());
            });
        }
        if (kind == ResourceKind.TOOL_GROUP) {
            mcpEndpoint(entry, path, f, used);
        }
        for (YMap.Entry e : entry.entries().values()) {
            if (!used.contains(e.key()) && !(e.value().toPlain() == null)) {
                notes.notCarried(e.keyLocation(), path + "." + e.key(), "the declaration has no field for a "
                        + kind.label() + "'s '" + e.key() + "'");
            }
        }
        List<String> missing = new ArrayList<>();
        if (!f.containsKey("id")) {
            missing.add(idField);
        }
        REQUIRED.get(kind).stream().filter(k -> !f.containsKey(k)).forEach(missing::add);
        if (!missing.isEmpty()) {
            notes.notCarried(entry.location(), path, "the " + kind.label() + " has no " + String.join(", ", missing)
                    + ", which a declaration requires");
            return null;
        }
        return f;
    }

    private void mcpEndpoint(YMap entry, String path, Map<String, Object> f, List<String> used) {
        if (entry.get("mcp_endpoint").orElse(null) instanceof YMap ep && ep.has("uri")) {
            f.put("mcpEndpoint", ep.get("uri").get().toPlain());
            used.add("mcp_endpoint");
            ep.entries().keySet().stream().filter(k -> !k.equals("uri")).forEach(k -> notes.notCarried(
                    ep.keyLocation(k), path + ".mcp_endpoint." + k, "the declaration keeps only the endpoint's uri"));
        }
    }

    /** The line of the key after {@code key} in {@code m}, or the end of the file. */
    static int nextLine(YMap m, String key) {
        int line = m.keyLocation(key).line();
        int next = Integer.MAX_VALUE;
        for (YMap.Entry e : m.entries().values()) {
            if (e.keyLocation().line() > line) {
                next = Math.min(next, e.keyLocation().line());
            }
        }
        return next;
    }
}

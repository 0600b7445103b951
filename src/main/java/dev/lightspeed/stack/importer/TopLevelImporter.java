package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderKey;
import dev.lightspeed.stack.yaml.YMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The run.yaml's top level beyond providers and resources: {@code server} → {@code server:} (what differs from
 * generate's {@code port: 8321}), 0.3.x {@code telemetry.enabled} → {@code telemetry:}, 0.3.x {@code vector_stores}
 * defaults → {@code vectorStoreDefaults:}, and everything else the target release knows → {@code override:},
 * computed as the difference between the source and what generate writes for the declaration without it. Keys the
 * target release does not know (0.2-era blocks in a 0.3.x file, {@code safety:} in 0.3.5) are listed, not carried.
 */
final class TopLevelImporter {

    private final RunSource source;
    private final Catalog target;
    private final ImportNotes notes;
    private final Map<String, Object> root;

    @SuppressWarnings("unchecked")
    TopLevelImporter(RunSource source, Catalog target, ImportNotes notes) {
        this.source = source;
        this.target = target;
        this.notes = notes;
        this.root = (Map<String, Object>) source.root().toPlain();
    }

    /** The declaration's {@code server:}, or null when generate's default does. */
    Map<String, Object> server() {
        Map<String, Object> s = StorageImporter.map(root.get("server"));
        Map<String, Object> over = ConfigDiff.over(s, Map.of("port", 8321L));
        return over.isEmpty() ? null : over;
    }

    /** The declaration's {@code telemetry:}; generate's default is true. */
    boolean telemetry(boolean telemetryProvider) {
        boolean enabled = source.catalog().shape().telemetry() == TelemetryForm.BLOCK
                ? Boolean.TRUE.equals(StorageImporter.map(root.get("telemetry")).get("enabled")) : telemetryProvider;
        if (enabled && target.shape().telemetry() == TelemetryForm.NONE) {
            YMap r = source.root();
            notes.notCarried(r.has("telemetry") ? r.keyLocation("telemetry") : r.location(), "telemetry",
                    target.displayName() + " has no telemetry setting");
            return false;
        }
        if (source.catalog().shape().telemetry() != TelemetryForm.BLOCK) {
            return telemetryProvider;
        }
        if (enabled && target.shape().telemetry() == TelemetryForm.PROVIDER) {
            notes.migrated(source.root().keyLocation("telemetry"), "telemetry", "'telemetry: {enabled: true}'"
                    + " becomes the inline::meta-reference telemetry provider of " + target.displayName());
        }
        return enabled;
    }

    /**
     * The declaration's {@code safety: {defaultShield}} from the source's {@code safety: {default_shield_id}}, when the
     * target's run.yaml has the block and the id is a shield the declaration declares (anything else about the block
     * is left to {@code override:}), or null.
     */
    Map<String, Object> safety(List<Item> shields) {
        Map<String, Object> safety = StorageImporter.map(root.get(Declaration.SAFETY));
        Object id = safety.get("default_shield_id");
        if (id == null || !target.shape().knowsKey(Declaration.SAFETY)
                || shields.stream().noneMatch(s -> Objects.equals(s.value().get("id"), id))) {
            return null;
        }
        return new LinkedHashMap<>(Map.of(Declaration.DEFAULT_SHIELD, id));
    }

    /** The declaration's {@code vectorStoreDefaults:} from 0.3.x {@code vector_stores:}, or null. */
    Map<String, Object> vectorStoreDefaults(List<Item> providers, List<Item> models) {
        Map<String, Object> vs = StorageImporter.map(root.get("vector_stores"));
        if (vs.isEmpty() || !target.shape().knowsKey("vector_stores")) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Object provider = vs.get("default_provider_id");
        if (provider != null && vectorIoIds(providers).contains(String.valueOf(provider))) {
            out.put("provider", provider);
        }
        Map<String, Object> em = StorageImporter.map(vs.get("default_embedding_model"));
        if (em.get("model_id") != null && em.get("provider_id") != null) {
            out.put("embeddingModel", em.get("model_id"));
            boolean declared = models.stream().anyMatch(m -> Objects.equals(m.value().get("id"), em.get("model_id"))
                    && Objects.equals(m.value().get("provider"), em.get("provider_id"))
                    && "embedding".equals(m.value().get("type")));
            if (!declared) {
                out.put("embeddingProvider", em.get("provider_id"));
            }
        }
        return out.isEmpty() ? null : out;
    }

    private Set<String> vectorIoIds(List<Item> providers) {
        Set<String> ids = new HashSet<>();
        for (Item p : providers) {
            String type = String.valueOf(p.value().get("type"));
            Object api = p.value().get("api");
            boolean vectorIo = "vector_io".equals(api) || api == null && target.byType(type).stream()
                    .anyMatch(s -> s.api().equals("vector_io"));
            if (vectorIo) {
                ids.add(String.valueOf(p.value().getOrDefault("id", ProviderKey.nameOf(type))));
            }
        }
        return ids;
    }

    /** The keys other parts of the import deal with. */
    private Set<String> handled(boolean migrating) {
        Set<String> keys = new HashSet<>(List.of("version", "image_name", "distro_name", "apis", "providers",
                "registered_resources"));
        RunShape shape = source.catalog().shape();
        if (shape.resourceSection().isEmpty()) {
            shape.resources().values().forEach(r -> keys.add(r.key()));
        }
        if (migrating) {
            keys.addAll(List.of("storage", "metadata_store", "inference_store", "conversations_store", "telemetry",
                    "vector_stores"));
        }
        return keys;
    }

    /**
     * The declaration's {@code override:} against what generate writes without it ({@code generated}), or an
     * empty map.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> override(Map<String, Object> generated) {
        boolean migrating = !source.release().equals(target.release());
        Set<String> handled = handled(migrating);
        Set<String> known = new HashSet<>();
        target.runConfigSchema().path("properties").fieldNames().forEachRemaining(known::add);
        Map<String, Object> out = new LinkedHashMap<>();
        apis(generated, out);
        for (Map.Entry<String, Object> e : root.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            if (handled.contains(k) || isEmpty(v)) {
                continue;
            }
            if (!known.isEmpty() && !known.contains(k)) {
                notes.notCarried(source.root().keyLocation(k), k, target.displayName()
                        + " has no top-level '" + k + "' (it ignores the key)");
            } else if (v instanceof Map<?, ?> vm && generated.get(k) instanceof Map<?, ?> gm) {
                Map<String, Object> over = ConfigDiff.over((Map<String, Object>) vm, (Map<String, Object>) gm);
                if (!over.isEmpty()) {
                    out.put(k, over);
                }
                ConfigDiff.extra((Map<String, Object>) vm, (Map<String, Object>) gm, k).forEach(notes::defaultAdded);
            } else if (!ConfigDiff.same(v, generated.get(k))) {
                out.put(k, v);
            }
        }
        generated.keySet().stream().filter(k -> !root.containsKey(k) && !handled.contains(k))
                .forEach(notes::defaultAdded);
        return out;
    }

    /** The source's {@code apis:} when it names other APIs than the providers serve. */
    private void apis(Map<String, Object> generated, Map<String, Object> out) {
        if (root.get("apis") instanceof List<?> apis && generated.get("apis") instanceof List<?> gen) {
            List<Object> list = new ArrayList<>(apis);
            // the target has no telemetry API to list: a source's telemetry provider became the block already
            if (target.shape().telemetry() == TelemetryForm.BLOCK && list.remove("telemetry")
                    && source.catalog().shape().telemetry() == TelemetryForm.BLOCK) {
                notes.notCarried(source.root().valueLocation("apis"), "apis", target.displayName()
                        + " has no telemetry API ('telemetry' in apis); the top-level 'telemetry:' block switches"
                        + " telemetry on");
            }
            Map<String, Object> sourceProviders = StorageImporter.map(root.get("providers"));
            Map<String, Object> carried = StorageImporter.map(generated.get("providers"));
            for (RunShape.ProviderRename r : target.shape().migration().providerRenames()) {
                int at = list.indexOf(r.from().api());
                if (at >= 0 && carried.containsKey(r.to().api()) && !r.from().api().equals(r.to().api())) {
                    list.set(at, r.to().api());
                    notes.migrated(source.root().valueLocation("apis"), "apis", "'" + r.from().api() + "' becomes '"
                            + r.to().api() + "' in " + target.displayName());
                }
            }
            for (Object api : List.copyOf(list)) {
                String name = String.valueOf(api);
                if (!target.shape().apis().contains(name) && !carried.containsKey(name)) {
                    list.remove(api);
                    String removed = target.shape().migration().removedApis().get(name);
                    notes.notCarried(source.root().valueLocation("apis"), "apis", "'" + api + "' leaves apis: "
                            + (removed != null ? removed : target.displayName() + " has no such API"));
                    continue;
                }
                if (sourceProviders.containsKey(name) && !carried.containsKey(name)) {
                    list.remove(api);
                    notes.notCarried(source.root().valueLocation("apis"), "apis", "'" + api + "' leaves apis: none"
                            + " of its providers is carried over to " + target.displayName());
                }
            }
            // APIs that migration brought in (the successor's needs) are served, as the generated list says
            gen.stream().filter(a -> !list.contains(a) && !sourceProviders.containsKey(String.valueOf(a)))
                    .forEach(list::add);
            if (!new HashSet<>(list).equals(new HashSet<>(gen))) {
                out.put("apis", list);
            }
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof Map<?, ?> m && m.isEmpty() || v instanceof List<?> l && l.isEmpty();
    }
}

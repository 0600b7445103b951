package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderKey;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.importer.RunSource.SourceProvider;
import dev.lightspeed.stack.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code providers:} of a run.yaml → the declaration's {@code providers:}: {@code type}; {@code api} only when the
 * type exists under several APIs (or none) of the target release; {@code id} only when it differs from the name part
 * of the type; {@code config} only where it differs from the catalog default that generate merges it over.
 * Unsupported providers become {@code allowUnsupported} entries. For another target release, config fields the
 * target's schema does not know and 0.2-era store blocks are left to the target's defaults (and listed), and the
 * 0.2.x telemetry provider becomes the 0.3.x {@code telemetry:} block.
 */
final class ProviderImporter {

    private static final Set<String> STORE_TYPES = Set.of("sqlite", "redis", "postgres", "mongodb");

    /** The imported providers and what goes with them. */
    record Imported(List<Item> providers, List<SourceProvider> origins, Map<String, String> allowUnsupported,
            boolean telemetryProvider) {
    }

    private final RunSource source;
    private final Catalog target;
    private final String distribution;
    private final String sqliteDir;
    private final ImportNotes notes;

    ProviderImporter(RunSource source, Catalog target, String distribution, String sqliteDir, ImportNotes notes) {
        this.source = source;
        this.target = target;
        this.distribution = distribution;
        this.sqliteDir = sqliteDir;
        this.notes = notes;
    }

    Imported run(int providersEnd) {
        List<SourceProvider> all = source.providers();
        List<List<String>> comments = comments(all, providersEnd);
        List<Item> items = new ArrayList<>();
        List<SourceProvider> origins = new ArrayList<>();
        Map<String, String> allow = new LinkedHashMap<>();
        boolean telemetry = false;
        boolean migrating = !source.release().equals(target.release());
        Set<ProviderKey> needs = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            SourceProvider p = all.get(i);
            if (p.api().equals("telemetry") && target.shape().telemetry() == TelemetryForm.BLOCK) {
                telemetry = true;
                notes.migrated(p.entry().location(), p.path(), p.type() + " (telemetry provider) becomes the"
                        + " top-level 'telemetry: {enabled: true}' of " + target.displayName());
                if (p.config() != null && p.config().size() > 0) {
                    notes.notCarried(p.config().location(), p.path() + ".config", "the telemetry provider's config ("
                            + String.join(", ", p.config().entries().keySet()) + ") has no place in "
                            + target.displayName() + "'s telemetry block");
                }
                continue;
            }
            telemetry |= p.api().equals("telemetry");
            Optional<ProviderSpec> spec = target.find(p.api(), p.type());
            ProviderKey key = new ProviderKey(p.api(), p.type());
            Optional<RunShape.ProviderRename> rename = spec.isPresent() || !migrating ? Optional.empty()
                    : target.shape().migration().providerRenames().stream().filter(r -> r.from().equals(key))
                    .findFirst();
            if (rename.isPresent()) {
                ProviderKey to = rename.get().to();
                notes.migrated(p.entry().location(), p.path(), p.api() + " " + p.type() + " becomes " + to.api()
                        + " " + to.providerType() + " in " + target.displayName());
                needs.addAll(rename.get().needs());
                p = new SourceProvider(to.api(), p.index(), p.id(), to.providerType(), p.config(), p.entry());
                spec = target.find(to.api(), to.providerType());
            }
            if (spec.isEmpty() && migrating) {
                String removed = target.shape().migration().removedApis().get(p.api());
                notes.notCarried(p.entry().location(), p.path(), p.type() + " (" + p.api() + ") does not exist in"
                        + " " + target.displayName() + (removed != null && !target.hasApi(p.api()) ? ": " + removed
                        : ""));
                continue;
            }
            items.add(new Item(entry(p, spec), comments.get(i)));
            origins.add(p);
            if (spec.isPresent() && !spec.get().supported() && !allow.containsKey(p.type())) {
                allow.put(p.type(), "imported from " + source.file());
                notes.unsupported(p.entry().location(), p.path(), p.type());
            }
        }
        for (ProviderKey need : needs) {
            boolean served = items.stream().anyMatch(it -> need.api().equals(apiOf(it)));
            Optional<ProviderSpec> spec = target.find(need.api(), need.providerType());
            if (served || spec.isEmpty()) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", need.providerType());
            if (target.byType(need.providerType()).size() != 1) {
                e.put("api", need.api());
            }
            items.add(new Item(e, List.of()));
            notes.header("added " + need.api() + " " + need.providerType() + ": a migrated provider needs the "
                    + need.api() + " API in " + target.displayName());
            if (!spec.get().supported() && !allow.containsKey(need.providerType())) {
                allow.put(need.providerType(), "added by import: a migrated provider needs the " + need.api()
                        + " API");
            }
        }
        return new Imported(items, origins, allow, telemetry);
    }

    /** The API an imported provider entry serves. */
    private String apiOf(Item item) {
        Object api = item.value().get("api");
        if (api != null) {
            return String.valueOf(api);
        }
        List<ProviderSpec> specs = target.byType(String.valueOf(item.value().get("type")));
        return specs.size() == 1 ? specs.get(0).api() : null;
    }

    private Map<String, Object> entry(SourceProvider p, Optional<ProviderSpec> spec) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", p.type());
        if (target.byType(p.type()).size() != 1) {
            e.put("api", p.api());
        }
        String id = p.id() == null ? "" : p.id();
        if (!id.equals(ProviderKey.nameOf(p.type()))) {
            e.put("id", id);
        }
        Map<String, Object> config = config(p, spec);
        if (!config.isEmpty()) {
            e.put("config", config);
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config(SourceProvider p, Optional<ProviderSpec> spec) {
        Map<String, Object> src = p.config() == null ? new LinkedHashMap<>()
                : (Map<String, Object>) p.config().toPlain();
        if (spec.isEmpty()) {
            return src;
        }
        if (!source.release().equals(target.release())) {
            src = migrate(p, spec.get(), src);
        }
        Map<String, Object> dflt = CatalogDefaults.of(spec.get(), target.shape(), distribution, sqliteDir);
        ConfigDiff.extra(src, dflt, p.path() + ".config").forEach(notes::defaultAdded);
        return ConfigDiff.over(src, dflt);
    }

    /** Keeps the fields the target release's config knows; 0.2-era store blocks give way to the target default. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> migrate(SourceProvider p, ProviderSpec spec, Map<String, Object> src) {
        List<String> fields = CatalogDefaults.fields(spec);
        Map<String, String> renames = target.shape().migration().configFieldRenames();
        Map<String, Object> out = new LinkedHashMap<>();
        YMap where = p.config();
        src.forEach((k, v) -> {
            String path = p.path() + ".config." + k;
            if (v instanceof Map<?, ?> m && isStore((Map<String, Object>) m)) {
                notes.migrated(where.keyLocation(k), path, describe(m) + " becomes the catalog default of "
                        + target.displayName());
            } else if (!fields.isEmpty() && !fields.contains(k) && fields.contains(renames.get(k))
                    && !src.containsKey(renames.get(k))) {
                notes.migrated(where.keyLocation(k), path, "'" + k + "' becomes '" + renames.get(k) + "' in "
                        + target.displayName());
                out.put(renames.get(k), v);
            } else if (!fields.isEmpty() && !fields.contains(k)) {
                notes.notCarried(where.keyLocation(k), path, "'" + k + "' is not a field of " + p.type()
                        + "'s config in " + target.displayName() + " (the catalog default is used)");
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** A 0.2.x store block ({@code type: sqlite, db_path: …}) or a 0.3.x store reference ({@code backend: …}). */
    private static boolean isStore(Map<String, Object> m) {
        return m.get("type") instanceof String t && STORE_TYPES.contains(t) || m.containsKey("backend") || isStoreSet(m);
    }

    /** A map of named store references ({@code persistence: {agent_state: {backend: …}, responses: {…}}}). */
    private static boolean isStoreSet(Map<?, ?> m) {
        return !m.isEmpty() && m.values().stream().allMatch(v -> v instanceof Map<?, ?> s && s.containsKey("backend"));
    }

    private static String describe(Map<?, ?> m) {
        if (m.containsKey("backend")) {
            return "a store on storage backend " + m.get("backend");
        }
        if (isStoreSet(m)) {
            return "the stores " + m.keySet() + " each";
        }
        return "a " + m.get("type") + " store" + (m.get("db_path") != null ? " at " + m.get("db_path") : "");
    }

    private List<List<String>> comments(List<SourceProvider> all, int providersEnd) {
        List<List<String>> out = new ArrayList<>();
        YMap apis = (YMap) source.root().get("providers").orElseThrow();
        List<String> keys = new ArrayList<>(apis.entries().keySet());
        for (int k = 0; k < keys.size(); k++) {
            String api = keys.get(k);
            List<SourceProvider> ofApi = all.stream().filter(p -> p.api().equals(api)).toList();
            int floor = apis.keyLocation(api).line();
            int end = k + 1 < keys.size() ? apis.keyLocation(keys.get(k + 1)).line() : providersEnd;
            List<Integer> starts = ofApi.stream().map(p -> p.entry().location().line()).toList();
            out.addAll(source.comments().take(floor, starts, end));
        }
        return out;
    }
}

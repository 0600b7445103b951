package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.schema.EnvReference;
import dev.lightspeed.stack.validate.ShadowedProviders;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Storage backend references of a run.yaml with {@code storage:} (0.3.5 and later), as the release resolves them.
 * Where the release has default stores (0.4.3 and later), a store left out uses its default backend, and
 * {@code storage.stores.metadata} need not be written.
 * <ul>
 *   <li>At start-up ({@code StackRunConfig.validate_server_stores} and {@code Stack.initialize}), always errors:
 *   {@code storage-metadata-missing} ({@code storage.stores.metadata} must exist), {@code storage-backend-unknown}
 *   and {@code storage-backend-kind} for {@code storage.stores.metadata} (a {@code kv_*} backend) and
 *   {@code inference}, {@code conversations}, {@code responses} (a {@code sql_*} backend).</li>
 *   <li>When the providers start, still inside {@code Stack.initialize}: every {@code backend:} inside a provider's
 *   config ({@link #checkProviders}). A provider's {@code get_provider_impl} awaits {@code initialize()}, which calls
 *   {@code kvstore_impl} / {@code sqlstore_impl} (0.3.5: llama_stack/providers/utils/kvstore/kvstore.py,
 *   sqlstore/sqlstore.py; 0.4.3 to 0.6.0: src/llama_stack/core/storage/kvstore/kvstore.py, sqlstore/sqlstore.py;
 *   OGX 1.0.2: src/ogx/core/storage/…): an unknown name raises "Unknown KVStore backend" / "Unknown SQL store
 *   backend", a backend of the other kind "Unknown kvstore type" / "Unknown sqlstore type". The stack does not come
 *   up, so these are errors under both policies. generate checks a declaration's provider configs with the same
 *   code, against the backends the generated run.yaml defines.</li>
 * </ul>
 */
public final class StorageReferences {

    /** Where the backends a reference is checked against come from: it changes what the message says of them. */
    public enum Backends {
        /** the run.yaml's own {@code storage.backends}: the file can declare more */
        DECLARED,
        /** {@code storage} or its {@code backends} left out: the release's default backends; the file can declare */
        DEFAULTS,
        /** the backends the generated run.yaml defines (generate's check of a declaration) */
        GENERATED
    }

    private static final Map<String, String> STORE_KINDS = Map.of("metadata", "kv", "inference", "sql",
            "conversations", "sql", "responses", "sql");

    private StorageReferences() {
    }

    static void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Problems out) {
        RunShape.Storage shape = catalog.shape().storage();
        String product = catalog.productName();
        if (!(resolvedRoot.get("storage").orElse(null) instanceof YMap storage)) {
            if (!shape.defaultBackends().isEmpty() && resolvedRoot.get("storage").isEmpty()) {
                // left out: the release creates its default backends, and the providers' references must name them
                checkProviders(providers, defaultBackends(shape), Backends.DEFAULTS, product, out);
            }
            return;
        }
        Backends source = storage.get("backends").orElse(null) instanceof YMap ? Backends.DECLARED
                : Backends.DEFAULTS;
        Map<String, String> backends = source == Backends.DECLARED ? backends(storage) : defaultBackends(shape);
        Optional<YNode> storesNode = storage.get("stores");
        YMap stores = storesNode.orElse(null) instanceof YMap m ? m : null;
        if (storesNode.isPresent() && stores == null && !isNull(storesNode.get())) {
            return;
        }
        defaultStores(storage, stores, shape, backends, out);
        boolean metadataDefaults = shape.defaultStores().containsKey("metadata")
                && (stores == null || !stores.has("metadata"));
        if (!metadataDefaults && (stores == null || !stores.has("metadata")
                || isNull(stores.get("metadata").get()))) {
            Location where = stores != null ? stores.location() : storage.location();
            String kv = backends.entrySet().stream().filter(e -> e.getValue().equals("kv")).map(Map.Entry::getKey)
                    .findFirst().orElse("kv_default");
            out.error(RuleId.STORAGE_METADATA_MISSING, where, "storage.stores.metadata", "storage.stores.metadata is"
                    + " missing; " + product + " refuses to start ('storage.stores.metadata must be configured with a"
                    + " kv_* backend')", "add 'stores: {metadata: {namespace: registry, backend: " + kv + "}}' under"
                    + " storage" + (backends.containsValue("kv") ? "" : ", and a kv_sqlite backend named " + kv));
        }
        Refs refs = new Refs(backends, source, product, out);
        if (stores != null) {
            for (YMap.Entry e : stores.entries().values()) {
                String kind = STORE_KINDS.get(e.key());
                if (kind != null && e.value() instanceof YMap ref) {
                    reference(ref, kind, "storage.stores." + e.key(), true, refs);
                }
            }
        }
        checkProviders(providers, refs);
    }

    /**
     * Every store reference ({@code {namespace|table_name, backend}}) in the providers' configs against
     * {@code backends} (name → {@code kv}, {@code sql}, or empty when the type is not known): always errors, as the
     * provider fails when it starts. A value still holding a reference after substitution (its value is unknown)
     * is not checked.
     *
     * @param source  where {@code backends} come from (a run.yaml can declare more; a generated one has its own)
     * @param product how messages name what refuses to start ({@code Catalog.productName()})
     */
    public static void checkProviders(List<ProviderInstance> providers, Map<String, String> backends,
            Backends source, String product, Problems out) {
        checkProviders(providers, new Refs(backends, source, product, out));
    }

    private static void checkProviders(List<ProviderInstance> providers, Refs refs) {
        for (ProviderInstance p : providers) {
            // never started: switched off by its id (only generate's model has these), or shadowed by a later entry
            if (!EnvReference.emptyWhenUnset(p.providerId()) && ShadowedProviders.by(p, providers).isEmpty()) {
                walk(p.config(), p.path() + ".config", refs);
            }
        }
    }

    /**
     * 0.4.3 and later: a store left out of {@code storage.stores} uses its default backend
     * ({@link RunShape.Storage#defaultStores()}); a {@code storage.backends} given in the file replaces the default
     * backends, so that backend must still be declared, and of the store's kind, or the release refuses to load the
     * file ({@code storage-default-store}). Stores the release does not resolve at load are left alone.
     */
    private static void defaultStores(YMap storage, YMap stores, RunShape.Storage shape, Map<String, String> backends,
            Problems out) {
        for (Map.Entry<String, RunShape.StoreDefault> e : shape.defaultStores().entrySet()) {
            RunShape.StoreDefault d = e.getValue();
            if (!d.checkedAtLoad() || stores != null && stores.has(e.getKey())) {
                continue;
            }
            String actual = backends.get(d.backend());
            if (actual != null && (actual.isEmpty() || actual.equals(d.kind()))) {
                continue;
            }
            String store = "storage.stores." + e.getKey();
            String why = actual == null ? "storage.backends, given in the file, replaces the default backends and"
                    + " declares no '" + d.backend() + "'" : "'" + d.backend() + "' is a " + actual + "_* backend";
            out.error(RuleId.STORAGE_DEFAULT_STORE, storage.location(), store,
                    store + " is left at its default, backend '"
                    + d.backend() + "' (a " + d.kind() + "_* one), but " + why + "; the release refuses to load the"
                    + " file", "declare a " + d.kind() + "_* backend named '" + d.backend() + "' under"
                    + " storage.backends, or set '" + e.getKey() + ": {" + (d.kind().equals("kv") ? "namespace"
                    : "table_name") + ": …, backend: <a " + d.kind() + "_* backend>}' under storage.stores");
        }
    }

    /** The default backends' kinds ({@code kv_default} → {@code kv}), when the file declares none. */
    private static Map<String, String> defaultBackends(RunShape.Storage shape) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : shape.defaultBackends().entrySet()) {
            out.put(e.getKey(), kindOf(e.getValue()));
        }
        return out;
    }

    private static String kindOf(String type) {
        return type.startsWith("kv_") ? "kv" : type.startsWith("sql_") ? "sql" : "";
    }

    /** What a reference is checked against, and where its problems go. */
    private record Refs(Map<String, String> backends, Backends source, String product, Problems out) {
    }

    private static void walk(YNode n, String path, Refs refs) {
        if (n instanceof YMap m) {
            if (m.get("backend").orElse(null) instanceof YScalar) {
                String kind = m.has("table_name") ? "sql" : m.has("namespace") ? "kv" : null;
                reference(m, kind, path, false, refs);
            }
            for (YMap.Entry e : m.entries().values()) {
                walk(e.value(), path + "." + e.key(), refs);
            }
        } else if (n instanceof YSeq s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(s.items().get(i), path + "[" + i + "]", refs);
            }
        }
    }

    private static void reference(YMap ref, String kind, String path, boolean store, Refs refs) {
        Map<String, String> backends = refs.backends();
        Backends source = refs.source();
        Problems out = refs.out();
        if (!(ref.get("backend").orElse(null) instanceof YScalar raw) || !raw.isString()) {
            return;
        }
        YScalar b = EnvSubstitution.resolveScalar(raw);
        if (!b.isString() || b.text().contains("${")) {
            return;
        }
        String name = b.text();
        String when = store ? "; " + refs.product() + " refuses to start" : "; the provider fails when it starts"
                + " (" + (Objects.equals(kind, "sql") ? "sqlstore_impl" : "kvstore_impl") + "), so "
                + refs.product() + " refuses to start";
        boolean declarable = source != Backends.GENERATED;
        if (!backends.containsKey(name)) {
            String names = String.join(", ", backends.keySet());
            String what = source == Backends.DEFAULTS && !backends.isEmpty()
                    ? " is none of the release's default backends (" + names + "; storage.backends is left out)"
                    : " is not declared under storage.backends (" + (backends.isEmpty() ? "none is declared"
                    : (declarable ? "declared: " : "the generated run.yaml defines ") + names) + ")";
            String fix = backends.isEmpty() ? "declare it under storage.backends" : "use one of " + names
                    + (declarable ? ", or declare '" + name + "' under storage.backends" : "");
            out.error(RuleId.STORAGE_BACKEND_UNKNOWN, b.location(), path + ".backend", "backend '" + name + "'" + what
                    + when, fix);
            return;
        }
        String actual = backends.get(name);
        if (kind != null && !actual.isEmpty() && !actual.equals(kind)) {
            List<String> fitting = backends.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).toList();
            out.error(RuleId.STORAGE_BACKEND_KIND, b.location(), path + ".backend", "backend '"
                    + name + "' is a " + actual + "_* backend, and this reference needs a " + kind + "_* one" + when,
                    fitting.isEmpty() ? "declare a " + kind + "_* backend under storage.backends" : "use "
                            + String.join(" or ", fitting));
        }
    }

    /** Backend name → {@code kv}, {@code sql}, or empty when its type is not readable. */
    private static Map<String, String> backends(YMap storage) {
        Map<String, String> out = new LinkedHashMap<>();
        if (storage.get("backends").orElse(null) instanceof YMap b) {
            for (YMap.Entry e : b.entries().values()) {
                String kind = "";
                if (e.value() instanceof YMap cfg && cfg.get("type").orElse(null) instanceof YScalar t) {
                    kind = kindOf(t.text());
                }
                out.put(e.key(), kind);
            }
        }
        return out;
    }

    private static boolean isNull(YNode n) {
        return n instanceof YScalar s && s.isNull();
    }
}

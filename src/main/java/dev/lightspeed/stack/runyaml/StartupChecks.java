package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What llama-stack's {@code Stack.initialize} and {@code create_app} decide from a run.yaml alone, after the config
 * models have parsed it (llama_stack/core/resolver.py, stack.py, server/server.py): which APIs get an
 * implementation ({@link Served}): {@code resolve_impls} starts a router (and its routing table) for every
 * auto-routed API when {@code apis:} is empty, else only for the auto-routed APIs {@code apis:} names exactly; other
 * APIs get one when an enabled provider serves them; the internal APIs (and {@code telemetry} where it is a block
 * with {@code enabled}) are llama-stack's own. Which resources {@code register_resources} registers is marked on them
 * ({@link #markRegistered}). The file rules judge the rest: {@link ApiEntriesRule}, {@link StartupDependencyRule},
 * {@link DuplicateRegistrationRule}, {@link VectorStoresDefaultRule}, and the rules shared with generate
 * ({@code resource-not-registered}, {@code model-embedding-dimension}).
 */
final class StartupChecks {

    private StartupChecks() {
    }

    /** The APIs with an implementation after {@code resolve_impls}, and those a provider may depend on. */
    record Served(Set<String> all, Set<String> forDependencies, boolean apisListed) {
        boolean has(String api) {
            return all.contains(api);
        }
    }

    /** What a run.yaml's stack serves ({@link StackModel#run()}). */
    static Served served(StackModel m) {
        return served(m.run(), m.catalog(), m.providers());
    }

    static Served served(YMap resolved, Catalog catalog, List<ProviderInstance> providers) {
        List<String> listed = ApiList.read(resolved);
        Map<String, String> routers = catalog.shape().routers();
        Set<String> all = new LinkedHashSet<>();
        for (Map.Entry<String, String> r : routers.entrySet()) {
            if (listed.isEmpty() || listed.contains(r.getKey())) {
                all.add(r.getKey());
                all.add(r.getValue());
            }
        }
        for (ProviderInstance p : providers) {
            if (!routers.containsKey(p.api()) && catalog.hasApi(p.api())) { // an unknown type is reported already
                all.add(p.api());
            }
        }
        Set<String> internal = new LinkedHashSet<>(catalog.shape().internalApis());
        if (catalog.shape().telemetry() == TelemetryForm.BLOCK && telemetryEnabled(resolved)) {
            internal.add("telemetry");
        }
        Set<String> forDeps = new LinkedHashSet<>(all);
        if (catalog.shape().internalApisServeDependencies()) {
            forDeps.addAll(internal);
        }
        all.addAll(internal);
        return new Served(all, forDeps, !listed.isEmpty());
    }

    private static boolean telemetryEnabled(YMap resolved) {
        if (!(resolved.get("telemetry").orElse(null) instanceof YMap t)
                || !(t.get("enabled").orElse(null) instanceof YScalar e)) {
            return false;
        }
        if (e.type() == YScalar.ScalarType.BOOL) {
            return Boolean.TRUE.equals(e.toPlain());
        }
        String v = e.text().strip().toLowerCase(Locale.ROOT);
        return Set.of("1", "true", "yes", "on", "t", "y").contains(v) || isPlainEnvReference(e);
    }

    /**
     * The resources, each marked with whether {@code register_resources} registers it: its release registers its
     * kind, and the stack serves its routing table.
     */
    static List<ResourceRef> markRegistered(List<ResourceRef> refs, Catalog catalog, Served served) {
        List<ResourceRef> out = new ArrayList<>(refs.size());
        for (ResourceRef r : refs) {
            ResourceShape rs = catalog.shape().resource(r.kind()).orElse(null);
            out.add(r.withRegistered(rs != null && rs.registeredAtStartup() && served.has(rs.routingTable())));
        }
        return List.copyOf(out);
    }

    /**
     * The registry identifier of a resource entry (models: {@code routing_tables/models.py register_model}, as
     * {@link RunShape.ModelIdentifier} says per release; {@code provider_id: all} where the release accepts it: the
     * bare {@code model_id}, OGX 1.0.2 {@code src/ogx/core/routing_tables/models.py} lines 369-373).
     */
    static String identifier(ResourceShape rs, YMap entry, RunShape shape, String pid) {
        String id = entry.text(rs.idField());
        if (id == null) {
            return null;
        }
        if (rs.kind() != ResourceKind.MODEL || rs.providerIdAll() && ResourceList.ALL.equals(pid)) {
            return id;
        }
        return shape.modelIdentifier().identifier(pid, id, entry.text("provider_model_id"));
    }

    /**
     * What the registry stores for an entry, which {@code DiskDistributionRegistry.register} compares when an
     * identifier comes twice (identical: a no-op; different: "already exists"). For a model that is the
     * {@code ModelWithOwner} {@code register_model} builds (provider, provider model id, type, metadata, validation),
     * not the YAML: its {@code model_id} is not stored, so two entries that differ only there are identical
     * (llama-stack 0.6.0 {@code core/store/registry.py} lines 96-120; OGX 1.0.2 {@code src/ogx/core/store/registry.py}
     * lines 107-129, {@code routing_tables/models.py} lines 381-389).
     */
    static Object registered(ResourceShape rs, YMap entry, String pid) {
        if (rs.kind() != ResourceKind.MODEL) {
            return entry.toPlain();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provider_id", pid);
        m.put("provider_model_id", providerModelId(entry, entry.text(rs.idField())));
        m.put("model_type", entry.text("model_type") == null ? "llm" : entry.text("model_type"));
        Object metadata = plain(entry, "metadata");
        m.put("metadata", metadata == null ? Map.of() : metadata);
        m.put("model_validation", plain(entry, "model_validation"));
        return m;
    }

    private static Object plain(YMap entry, String key) {
        return entry.get(key).isPresent() ? entry.get(key).get().toPlain() : null;
    }

    /** A model entry's {@code provider_model_id}, or its {@code model_id} when it names none. */
    static String providerModelId(YMap entry, String modelId) {
        String providerModelId = entry.text("provider_model_id");
        return providerModelId == null || providerModelId.isEmpty() ? modelId : providerModelId;
    }

    /** A scalar that is exactly one plain {@code ${env.X}}: its value is unknown. */
    static boolean isPlainEnvReference(YScalar s) {
        return s.isString() && EnvSubstitution.plainName(s.text()).isPresent();
    }
}

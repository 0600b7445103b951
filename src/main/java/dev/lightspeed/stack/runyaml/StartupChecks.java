package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What llama-stack's {@code Stack.initialize} and {@code create_app} decide from the file alone, after the config
 * models have parsed it (llama_stack/core/resolver.py, stack.py, server/server.py at v0.2.22 and v0.3.5):
 * <ul>
 *   <li>which APIs get an implementation: {@code resolve_impls} starts a router (and its routing table) for every
 *   auto-routed API when {@code apis:} is empty, else only for the auto-routed APIs {@code apis:} names exactly; other
 *   APIs get one when an enabled provider serves them; {@code inspect}, {@code providers}, {@code prompts} (and in
 *   0.3.x {@code conversations}, and {@code telemetry} when {@code telemetry.enabled}) are llama-stack's own;</li>
 *   <li>{@code apis:} entries: {@code Api(name)} must exist ({@code run-api-unknown}) and have an implementation
 *   ({@code run-api-unavailable}, "Could not find provider implementation for … API");</li>
 *   <li>provider dependencies: {@code instantiate_providers} fails ("Failed to resolve …") when a required API has
 *   no implementation ({@code api-dependency}); a router without providers satisfies it;</li>
 *   <li>resources: {@code register_resources} registers a kind only when its routing table exists, skips entries
 *   without {@code provider_id}; 0.3.x never registers {@code registered_resources.vector_stores}; datasets pick
 *   their provider from their source; registering a different object under an identifier already taken fails.
 *   Which resources are registered is marked on them ({@link #markRegistered}); the rules shared with generate
 *   judge them ({@code resource-not-registered}, {@code model-embedding-dimension});</li>
 *   <li>0.3.x {@code vector_stores.default_embedding_model} ({@code validate_vector_stores_config}) needs the models
 *   API and an inference provider of that id.</li>
 * </ul>
 * These are start-up failures, so errors under both policies; under {@link Policy#LLAMA_STACK} the stricter LCS
 * readings (a dependency met only by an empty router) are warnings.
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

    /** {@code apis:} entries as {@code create_app} reads them. */
    static void checkApis(YMap resolved, Catalog catalog, Served served, Problems out) {
        if (!(resolved.get("apis").orElse(null) instanceof YSeq list)) {
            return;
        }
        List<String> names = catalog.shape().apis();
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof YScalar sc) || !sc.isString() || isPlainEnvReference(sc)) {
                continue;
            }
            String api = sc.text().toLowerCase(Locale.ROOT).replace('-', '_');
            String path = "apis[" + i + "]";
            if (!names.contains(api)) {
                List<String> close = Similar.closest(sc.text(), names, 1);
                out.error(RuleId.RUN_API_UNKNOWN, sc.location(), path, catalog.displayName()
                        + " has no API '" + sc.text() + "'; it refuses to start (\"API '" + sc.text()
                        + "' does not exist\")", close.isEmpty() ? "remove it; APIs: " + String.join(", ", names)
                        : "did you mean '" + close.get(0) + "'?");
                continue;
            }
            if (served.has(api)) {
                continue;
            }
            String why;
            String fix;
            if (api.equals("telemetry") && catalog.shape().telemetry() == TelemetryForm.BLOCK) {
                why = "telemetry is served only when the top-level 'telemetry: {enabled: true}' is set";
                fix = "set 'telemetry: {enabled: true}', or remove 'telemetry' from apis";
            } else if (catalog.shape().routingTables().containsKey(api)) {
                String router = catalog.shape().routingTables().get(api);
                why = "the " + api + " routing table exists only when '" + router + "' is listed too";
                fix = "add '- " + router + "' to apis, or remove '" + sc.text() + "'";
            } else if (!api.equals(sc.text())) {
                why = "only the exact name '" + api + "' starts its router";
                fix = "write '" + api + "'";
            } else {
                why = "no enabled provider serves it";
                fix = "add " + article(api) + " provider, or remove '" + api + "' from apis";
            }
            out.error(RuleId.RUN_API_UNAVAILABLE, sc.location(), path, "'" + sc.text() + "' is listed in apis, but "
                    + why + "; llama-stack refuses to start (\"Could not find provider implementation for "
                    + api + " API\")", fix);
        }
    }

    /** {@code instantiate_providers}: every required API dependency must have an implementation. */
    static void checkDependencies(Catalog catalog, List<ProviderInstance> providers, Served served, Policy policy,
            Problems out) {
        for (ProviderInstance p : providers) {
            ProviderSpec spec = catalog.find(p.api(), p.providerType()).orElse(null);
            if (spec == null) {
                continue;
            }
            for (String dep : spec.apiDependencies()) {
                boolean ruleReports = policy.lcs() && !catalog.routingTableApis().contains(dep)
                        && !catalog.forApi(dep).isEmpty() && providers.stream().noneMatch(q -> q.api().equals(dep));
                if (!served.forDependencies().contains(dep) && !ruleReports) {
                    out.error(RuleId.API_DEPENDENCY, p.typeWhere(), p.path(), p.providerType() + " (" + p.api()
                            + ") needs the " + dep + " API, which has no implementation in this stack; llama-stack"
                            + " refuses to start (\"Failed to resolve '" + p.api() + "' provider '" + p.providerId()
                            + "' … required dependency '" + dep + "' is not available\")", dependencyFix(catalog,
                            dep, served));
                } else if (served.forDependencies().contains(dep) && !policy.lcs() && !catalog.forApi(dep).isEmpty()
                        && providers.stream()
                        .noneMatch(q -> q.api().equals(dep))) {
                    out.warning(RuleId.API_DEPENDENCY, p.typeWhere(), p.path(), p.providerType() + " (" + p.api()
                            + ") needs the " + dep + " API, which no provider serves: llama-stack starts it with an"
                            + " empty " + dep + " router, and calls to it fail", "add " + article(dep) + " provider");
                }
            }
        }
    }

    private static String dependencyFix(Catalog catalog, String dep, Served served) {
        if (catalog.shape().routers().containsKey(dep) && served.apisListed()) {
            return "add '- " + dep + "' to apis";
        }
        String router = catalog.shape().routingTables().get(dep);
        if (router != null) {
            return "add '- " + router + "' to apis";
        }
        return "add " + article(dep) + " provider";
    }

    /**
     * The resources, each marked with whether {@code register_resources} registers it: its release registers its
     * kind, and the stack serves its routing table.
     */
    static List<ResourceRef> markRegistered(List<ResourceRef> refs, Catalog catalog, Served served) {
        return refs.stream().map(r -> r.withRegistered(catalog.shape().resource(r.kind())
                .map(rs -> rs.registeredAtStartup() && served.has(rs.routingTable())).orElse(false))).toList();
    }

    /** Duplicate registrations, as the routing tables judge them (by registry identifier and content). */
    static void checkRegistrations(YMap resolved, Catalog catalog, Served served, Problems out) {
        RunShape shape = catalog.shape();
        YMap section = ResourceList.section(resolved, shape);
        if (section == null) {
            return;
        }
        String prefix = shape.resourceSection().map(x -> x + ".").orElse("");
        for (ResourceShape rs : shape.resources().values()) {
            ResourceKind kind = rs.kind();
            if (!served.has(rs.routingTable()) || !rs.registeredAtStartup()
                    || !(section.get(rs.key()).orElse(null) instanceof YSeq list)) {
                continue;
            }
            Map<String, Object> seen = new LinkedHashMap<>();
            Map<String, String> seenPath = new LinkedHashMap<>();
            for (int i = 0; i < list.items().size(); i++) {
                if (!(list.items().get(i) instanceof YMap entry)) {
                    continue;
                }
                String path = prefix + rs.key() + "[" + i + "]";
                String pid = entry.text("provider_id");
                if (kind.bindsProvider() && (pid == null || pid.isEmpty() || pid.equals(EnvSubstitution.DISABLED))) {
                    continue;
                }
                String identifier = identifier(rs, entry, shape, pid);
                if (identifier == null) {
                    continue;
                }
                Object plain = entry.toPlain();
                Object before = seen.putIfAbsent(identifier, plain);
                if (before != null && !before.equals(plain)) {
                    out.error(RuleId.RESOURCE_DUPLICATE_ID, entry.location(), path, kind.label() + " '" + identifier
                            + "' is registered twice with different content (first at " + seenPath.get(identifier)
                            + "); llama-stack refuses to start (\"Object of type … and identifier … already"
                            + " exists\")", "remove one of them, or give it another id");
                } else if (before != null) {
                    out.warning(RuleId.RESOURCE_DUPLICATE_ID, entry.location(), path, kind.label() + " '" + identifier
                            + "' is registered twice (first at " + seenPath.get(identifier) + "), identically",
                            "remove one of them");
                }
                seenPath.putIfAbsent(identifier, path);
            }
        }
    }

    /**
     * The registry identifier of a resource entry (models: {@code routing_tables/models.py register_model};
     * {@code provider_id: all} where the release accepts it: the bare {@code model_id}).
     */
    static String identifier(ResourceShape rs, YMap entry, RunShape shape, String pid) {
        String id = entry.text(rs.idField());
        if (id == null) {
            return null;
        }
        if (rs.kind() != ResourceKind.MODEL || rs.providerIdAll() && ResourceList.ALL.equals(pid)) {
            return id;
        }
        String pm = providerModelId(entry, id);
        if (shape.modelIdentifier() == RunShape.ModelIdentifier.MODEL_ID_UNLESS_PROVIDER_MODEL_ID_EQUAL
                && !id.equals(pm)) {
            return id;
        }
        return pid + "/" + pm;
    }

    /** A model entry's {@code provider_model_id}, or its {@code model_id} when it names none. */
    static String providerModelId(YMap entry, String modelId) {
        String providerModelId = entry.text("provider_model_id");
        return providerModelId == null || providerModelId.isEmpty() ? modelId : providerModelId;
    }

    /** {@code validate_vector_stores_config}, in the releases with a top-level {@code vector_stores:}. */
    static void checkVectorStoresConfig(YMap resolved, Catalog catalog, List<ProviderInstance> providers,
            Served served, Problems out) {
        if (!catalog.shape().knowsKey("vector_stores")
                || !(resolved.get("vector_stores").orElse(null) instanceof YMap vs)
                || !(vs.get("default_embedding_model").orElse(null) instanceof YMap m)) {
            return;
        }
        String pid = m.text("provider_id");
        String model = m.text("model_id");
        if (pid == null || model == null) {
            return;
        }
        String path = "vector_stores.default_embedding_model";
        if (!served.has("models")) {
            out.error(RuleId.VECTOR_STORES_DEFAULT, m.location(), path, "the default embedding model '" + pid + "/"
                    + model + "' needs the models API, which is not served; llama-stack refuses to start",
                    "add '- inference' to apis");
            return;
        }
        List<String> inference = providers.stream().filter(p -> p.api().equals("inference"))
                .map(ProviderInstance::providerId).toList();
        if (!inference.contains(pid)) {
            out.error(RuleId.VECTOR_STORES_DEFAULT, m.get("provider_id").get().location(), path + ".provider_id",
                    "no enabled inference provider has the id '" + pid + "', so the default embedding model '" + pid
                            + "/" + model + "' cannot exist; llama-stack refuses to start (\"Embedding model … not"
                            + " found\")", inference.isEmpty() ? "add an inference provider with id '" + pid + "'"
                            : "use one of " + String.join(", ", inference));
        }
    }

    private static String article(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    /** A scalar that is exactly one plain {@code ${env.X}}: its value is unknown. */
    private static boolean isPlainEnvReference(YScalar s) {
        return s.isString() && EnvSubstitution.plainName(s.text()).isPresent();
    }
}

package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.model.ResourceKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of one release's run.yaml, read from its catalog ({@code run_shape}): every fact the generator, the checks
 * and the importer need that differs between releases. Nothing outside the catalog loader compares release numbers;
 * they ask this object. Immutable.
 *
 * @param nameKey            the distribution name's key: {@code image_name}, later {@code distro_name}
 * @param apis               every API name of the release, in the release's order
 * @param routingTables      routing-table API → the router API whose providers serve it
 * @param internalApis       the APIs the stack implements itself at start-up
 * @param internalApisServeDependencies whether a provider's API dependency can be met by an internal API
 * @param topLevelKeys       every top-level key the release knows → whether it is required
 * @param foreignKeys        keys of other releases that this one ignores → era and fix
 * @param resourceSection    the section resources are registered under ({@code registered_resources}), or empty
 *                           when the lists are top-level keys
 * @param resources          the resource kinds the release registers, in run.yaml order
 * @param storage            how stores are configured
 * @param telemetry          how telemetry is switched on
 * @param modelIdentifier    how a registered model's identifier is formed (see {@link #modelIdentifier})
 * @param requiredOneOf      groups of keys of which one must be present ({@code distro_name} / {@code image_name})
 * @param distributionDir    the directory distributions keep their files under ({@code ~/.llama/distributions})
 * @param removedResources   resource kinds of older releases this one lacks → what replaced them
 * @param azureApiKeyRequired whether LCS's table for the release wants Azure's {@code api_key} set to the Entra ID
 *                           token's variable (dropped for OGX: LCS injects the token itself)
 * @param toolGroupsFromProviders tool group → the {@code tool_runtime} provider types the release creates it from by
 *                           itself (OGX); empty where tool groups are registered from run.yaml only
 * @param migration          how a run.yaml of an older release becomes one of this release
 * @param deprecatedKeys     top-level keys the release accepts with a deprecation log → the fix
 *                           ({@code image_name} from 0.5.2: use {@code distro_name})
 * @param authTypeSwitch     whether {@code server.auth.provider_config.type} resolving to empty turns authentication
 *                           off ({@code provider_config} becomes null, its other references unresolved; 0.6.0 and later)
 */
public record RunShape(String nameKey, List<String> apis, Map<String, String> routingTables,
        List<String> internalApis, boolean internalApisServeDependencies, Map<String, Boolean> topLevelKeys,
        Map<String, ForeignKey> foreignKeys, Optional<String> resourceSection, Map<ResourceKind, ResourceShape> resources,
        Storage storage, TelemetryForm telemetry, ModelIdentifier modelIdentifier, List<List<String>> requiredOneOf,
        String distributionDir, Map<ResourceKind, String> removedResources, boolean azureApiKeyRequired,
        Map<String, List<String>> toolGroupsFromProviders, Migration migration, Map<String, String> deprecatedKeys,
        boolean authTypeSwitch) {

    /** A key of another release, as this one sees it. */
    public record ForeignKey(String era, String fix) {
    }

    /**
     * The stores of a run.yaml.
     *
     * @param form            per-store blocks or backends
     * @param required        whether the section must be present
     * @param defaultBackends backend name → type the release creates when the section is left out (empty: none)
     * @param defaultStores   store → the backend it uses when left out ({@code metadata} → {@code kv_default}), and
     *                        the kind of backend it needs
     * @param missingFix      the fix when a required section is missing
     */
    public record Storage(StoreForm form, boolean required, Map<String, String> defaultBackends,
            Map<String, StoreDefault> defaultStores, String missingFix) {
    }

    /**
     * What changed on the way to this release, for {@code import}.
     *
     * @param configFieldRenames a provider config field of older releases → its name here, applied when this release's
     *                           config has the new name and not the old one ({@code url} → {@code base_url})
     * @param providerRenames    providers of older releases whose successor this release has
     * @param toolGroupRenames   tool group ids of older releases → the id here ({@code builtin::rag} →
     *                           {@code builtin::file_search})
     * @param removedApis        APIs of older releases this one lacks → what replaced them
     */
    public record Migration(Map<String, String> configFieldRenames, List<ProviderRename> providerRenames,
            Map<String, String> toolGroupRenames, Map<String, String> removedApis) {
    }

    /**
     * A provider of older releases and its successor here, with the providers the successor needs that its
     * predecessor did not (file-search needs files, and a PDF file processor).
     */
    public record ProviderRename(ProviderKey from, ProviderKey to, List<ProviderKey> needs) {
    }

    /**
     * A store's default backend, whether it needs a {@code kv} or an {@code sql} one, and whether the release resolves
     * it while it loads the file (a default store whose backend is gone then stops the stack; 0.5.2 and 0.6.0 leave
     * {@code connectors} unchecked).
     */
    public record StoreDefault(String backend, String kind, boolean checkedAtLoad) {
    }

    /**
     * How {@code register_model} forms a registered model's identifier, and how {@code lookup_model} finds one (a
     * vector store's {@code embedding_model}, the default embedding model).
     */
    public enum ModelIdentifier {
        /**
         * {@code <provider_id>/<provider_model_id>}; looked up by identifier only (llama-stack 0.3.5 to 0.6.0:
         * {@code core/routing_tables/models.py register_model}, 0.6.0 line 251; {@code common.py lookup_model}).
         */
        PROVIDER_SCOPED,
        /**
         * {@code <provider_id>/<model_id>}, or the {@code model_id} itself when it already starts with
         * {@code <provider_id>/}; looked up by identifier only (OGX 1.0.2: {@code src/ogx/core/routing_tables/models.py}
         * lines 375-379, {@code common.py} lookup_model lines 250-266). Two models that share a
         * {@code provider_model_id} under different {@code model_id}s are two identifiers there.
         */
        PROVIDER_SCOPED_MODEL_ID,
        /**
         * The {@code model_id} when it differs from the {@code provider_model_id}, else
         * {@code <provider_id>/<provider_model_id>}; looked up by identifier, then by a unique
         * {@code provider_model_id} (llama-stack 0.2.22: {@code core/routing_tables/models.py} lines 94-101,
         * {@code common.py lookup_model} lines 250-272).
         */
        MODEL_ID_UNLESS_PROVIDER_MODEL_ID_EQUAL;

        /**
         * The identifier {@code register_model} gives a model registered on {@code providerId} (not for
         * {@code provider_id: all}, which registers the bare {@code model_id}).
         *
         * @param providerModelId the entry's {@code provider_model_id}; null or empty: the {@code model_id}
         */
        public String identifier(String providerId, String modelId, String providerModelId) {
            String pm = providerModelId == null || providerModelId.isEmpty() ? modelId : providerModelId;
            return switch (this) {
                case PROVIDER_SCOPED -> providerId + "/" + pm;
                // OGX 1.0.2 src/ogx/core/routing_tables/models.py:375-379: model_id, prefixed unless it already is
                case PROVIDER_SCOPED_MODEL_ID -> modelId.startsWith(providerId + "/") ? modelId
                        : providerId + "/" + modelId;
                case MODEL_ID_UNLESS_PROVIDER_MODEL_ID_EQUAL -> modelId.equals(pm) ? providerId + "/" + pm : modelId;
            };
        }

        /** The identifier's form, for messages. */
        public String form() {
            return switch (this) {
                case PROVIDER_SCOPED -> "<provider_id>/<provider_model_id>";
                case PROVIDER_SCOPED_MODEL_ID -> "<provider_id>/<model_id>";
                case MODEL_ID_UNLESS_PROVIDER_MODEL_ID_EQUAL -> "<model_id>, or <provider_id>/<provider_model_id> when"
                        + " they are equal";
            };
        }

        /** Whether {@code lookup_model} falls back to a unique {@code provider_model_id} (0.2.22 only). */
        public boolean lookupFallsBackToProviderModelId() {
            return this == MODEL_ID_UNLESS_PROVIDER_MODEL_ID_EQUAL;
        }
    }

    public RunShape {
        apis = List.copyOf(apis);
        routingTables = Collections.unmodifiableMap(new LinkedHashMap<>(routingTables));
        internalApis = List.copyOf(internalApis);
        topLevelKeys = Collections.unmodifiableMap(new LinkedHashMap<>(topLevelKeys));
        foreignKeys = Collections.unmodifiableMap(new LinkedHashMap<>(foreignKeys));
        Map<ResourceKind, ResourceShape> byKind = new EnumMap<>(ResourceKind.class);
        byKind.putAll(resources);
        resources = Collections.unmodifiableMap(byKind);
        List<List<String>> oneOf = new ArrayList<>();
        for (List<String> group : requiredOneOf) {
            oneOf.add(List.copyOf(group));
        }
        requiredOneOf = List.copyOf(oneOf);
        Map<ResourceKind, String> removed = new EnumMap<>(ResourceKind.class);
        removed.putAll(removedResources);
        removedResources = Collections.unmodifiableMap(removed);
        toolGroupsFromProviders = Collections.unmodifiableMap(new LinkedHashMap<>(toolGroupsFromProviders));
        deprecatedKeys = Collections.unmodifiableMap(new LinkedHashMap<>(deprecatedKeys));
    }

    /** Router API → routing table, for the APIs that have one. */
    public Map<String, String> routers() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : routingTables.entrySet()) {
            m.put(e.getValue(), e.getKey());
        }
        return m;
    }

    /** The path prefix of a resource list: {@code registered_resources.} where they have a section, else empty. */
    public String resourcePrefix() {
        return resourceSection.isPresent() ? resourceSection.get() + "." : "";
    }

    public Optional<ResourceShape> resource(ResourceKind kind) {
        return Optional.ofNullable(resources.get(kind));
    }

    public boolean knowsKey(String key) {
        return topLevelKeys.containsKey(key);
    }

    public List<String> requiredKeys() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : topLevelKeys.entrySet()) {
            if (e.getValue()) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}

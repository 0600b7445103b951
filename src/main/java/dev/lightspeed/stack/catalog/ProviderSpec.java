package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one llama-stack release knows of one provider, plus Lightspeed Core's support for it. Keyed by
 * {@code (api, providerType)}: a type such as {@code remote::nvidia} exists under several APIs.
 * The JSON nodes are shared and must never be mutated; copy them ({@code deepCopy()}) before changing anything.
 * A bundled catalog's schema and default config are parsed on first use (see {@link LazyJson}); equality is that of
 * a record over every component.
 */
public final class ProviderSpec {

    private final String api;
    private final String providerType;
    private final Support support;
    private final List<String> pipPackages;
    private final List<CatalogRequirement> requirements;
    private final List<String> apiDependencies;
    private final List<String> optionalApiDependencies;
    private final boolean deprecationWarning;
    private final boolean deprecationError;
    private final Supplier<JsonNode> configSchema;
    private final Supplier<JsonNode> defaultConfig;
    private final String origin;

    /**
     * @param pipPackages   the pip strings exactly as llama-stack lists them
     * @param requirements  the same, split into single PEP 508 requirements with their index options
     * @param configSchema  JSON Schema of the provider's {@code config:} block
     * @param defaultConfig the {@code config:} block llama-stack's distributions write (environment references
     *                      verbatim)
     * @param origin        where the entry comes from: {@code bundled} or the path of a user catalog
     */
    public ProviderSpec(String api, String providerType, Support support, List<String> pipPackages,
            List<CatalogRequirement> requirements, List<String> apiDependencies, List<String> optionalApiDependencies,
            boolean deprecationWarning, boolean deprecationError, JsonNode configSchema, JsonNode defaultConfig,
            String origin) {
        this(api, providerType, support, pipPackages, requirements, apiDependencies, optionalApiDependencies,
                deprecationWarning, deprecationError, LazyJson.of(configSchema), LazyJson.of(defaultConfig), origin);
    }

    ProviderSpec(String api, String providerType, Support support, List<String> pipPackages,
            List<CatalogRequirement> requirements, List<String> apiDependencies, List<String> optionalApiDependencies,
            boolean deprecationWarning, boolean deprecationError, Supplier<JsonNode> configSchema,
            Supplier<JsonNode> defaultConfig, String origin) {
        this.api = api;
        this.providerType = providerType;
        this.support = support;
        this.pipPackages = List.copyOf(pipPackages);
        this.requirements = List.copyOf(requirements);
        this.apiDependencies = List.copyOf(apiDependencies);
        this.optionalApiDependencies = List.copyOf(optionalApiDependencies);
        this.deprecationWarning = deprecationWarning;
        this.deprecationError = deprecationError;
        this.configSchema = configSchema;
        this.defaultConfig = defaultConfig;
        this.origin = origin;
    }

    public String api() {
        return api;
    }

    public String providerType() {
        return providerType;
    }

    public Support support() {
        return support;
    }

    public List<String> pipPackages() {
        return pipPackages;
    }

    public List<CatalogRequirement> requirements() {
        return requirements;
    }

    public List<String> apiDependencies() {
        return apiDependencies;
    }

    public List<String> optionalApiDependencies() {
        return optionalApiDependencies;
    }

    public boolean deprecationWarning() {
        return deprecationWarning;
    }

    public boolean deprecationError() {
        return deprecationError;
    }

    /** JSON Schema of the provider's {@code config:} block (parsed on first use). */
    public JsonNode configSchema() {
        return configSchema.get();
    }

    /** The {@code config:} block llama-stack's distributions write (parsed on first use). */
    public JsonNode defaultConfig() {
        return defaultConfig.get();
    }

    public String origin() {
        return origin;
    }

    public ProviderKey key() {
        return new ProviderKey(api, providerType);
    }

    public boolean supported() {
        return support.supported();
    }

    public boolean deprecated() {
        return deprecationWarning || deprecationError;
    }

    /** {@code faiss} for {@code inline::faiss}, {@code hf::endpoint} for {@code remote::hf::endpoint}. */
    public String name() {
        return ProviderKey.nameOf(providerType);
    }

    private List<Object> components() {
        return java.util.Arrays.asList(api, providerType, support, pipPackages, requirements, apiDependencies,
                optionalApiDependencies, deprecationWarning, deprecationError, configSchema(), defaultConfig(), origin);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ProviderSpec other && components().equals(other.components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "ProviderSpec[api=" + api + ", providerType=" + providerType + ", support=" + support
                + ", pipPackages=" + pipPackages + ", requirements=" + requirements + ", apiDependencies="
                + apiDependencies + ", optionalApiDependencies=" + optionalApiDependencies + ", deprecationWarning="
                + deprecationWarning + ", deprecationError=" + deprecationError + ", configSchema=" + configSchema()
                + ", defaultConfig=" + defaultConfig() + ", origin=" + Objects.toString(origin) + "]";
    }
}

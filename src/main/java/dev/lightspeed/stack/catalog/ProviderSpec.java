package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one llama-stack release knows of one provider, plus Lightspeed Core's support for it. Keyed by
 * {@code (api, providerType)}: a type such as {@code remote::nvidia} exists under several APIs.
 * The JSON nodes are shared and must never be mutated; copy them ({@code deepCopy()}) before changing anything.
 *
 * @param pipPackages   the pip strings exactly as llama-stack lists them
 * @param requirements  the same, split into single PEP 508 requirements with their index options
 * @param configSchema  JSON Schema of the provider's {@code config:} block
 * @param defaultConfig the {@code config:} block llama-stack's distributions write (environment references verbatim)
 * @param origin        where the entry comes from: {@code bundled} or the path of a user catalog
 */
public record ProviderSpec(
        String api,
        String providerType,
        Support support,
        List<String> pipPackages,
        List<CatalogRequirement> requirements,
        List<String> apiDependencies,
        List<String> optionalApiDependencies,
        boolean deprecationWarning,
        boolean deprecationError,
        JsonNode configSchema,
        JsonNode defaultConfig,
        String origin) {

    public ProviderSpec {
        pipPackages = List.copyOf(pipPackages);
        requirements = List.copyOf(requirements);
        apiDependencies = List.copyOf(apiDependencies);
        optionalApiDependencies = List.copyOf(optionalApiDependencies);
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
}

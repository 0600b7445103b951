package dev.lightspeed.stack.model;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;

/**
 * One provider of a stack, from a declaration or a run.yaml.
 *
 * @param api          the API it serves
 * @param providerId   its {@code provider_id}
 * @param providerType its {@code provider_type}
 * @param config       its {@code config:} block as it will be written (after defaults are merged), never null
 * @param path         where it stands in its document, e.g. {@code providers[1]} or {@code providers.inference[0]}
 * @param where        the entry's position; {@code typeWhere} the position of its type
 * @param typeKey      the key that holds the type in the source: {@code provider_type} in a run.yaml, {@code type}
 *                     in a declaration
 */
public record ProviderInstance(String api, String providerId, String providerType, YMap config, String path,
        Location where, Location typeWhere, String typeKey) {

    /** A provider read from a run.yaml. */
    public ProviderInstance(String api, String providerId, String providerType, YMap config, String path,
            Location where, Location typeWhere) {
        this(api, providerId, providerType, config, path, where, typeWhere, "provider_type");
    }

    /** The path of its id: {@code providers.inference[0].provider_id}, or {@code providers[0].id} in a declaration. */
    public String idPath() {
        return path + ("type".equals(typeKey) ? ".id" : ".provider_id");
    }

    /** The path of its type, e.g. {@code providers.inference[0].provider_type}. */
    public String typePath() {
        return path + "." + typeKey;
    }
}

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
 */
public record ProviderInstance(String api, String providerId, String providerType, YMap config, String path,
        Location where, Location typeWhere) {
}

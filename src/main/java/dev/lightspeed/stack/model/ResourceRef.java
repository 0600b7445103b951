package dev.lightspeed.stack.model;

import dev.lightspeed.stack.problem.Location;

/**
 * A registered resource and the provider it is bound to.
 *
 * @param providerId the provider id it names, or null when the entry names none (llama-stack then picks the only
 *                   provider of the API, or fails when there are several)
 * @param providerKey the key that names the provider in the source: {@code provider_id} in a run.yaml,
 *                    {@code provider} in a declaration
 */
public record ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
        Location providerWhere, String providerKey) {

    /** A resource read from a run.yaml. */
    public ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
            Location providerWhere) {
        this(kind, id, providerId, path, where, providerWhere, "provider_id");
    }

    /** The path of its provider reference, e.g. {@code models[0].provider}. */
    public String providerPath() {
        return path + "." + providerKey;
    }
}

package dev.lightspeed.stack.model;

import dev.lightspeed.stack.problem.Location;

/**
 * A registered resource and the provider it is bound to.
 *
 * @param providerId the provider id it names, or null when the entry names none (llama-stack then picks the only
 *                   provider of the API, or fails when there are several)
 */
public record ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
        Location providerWhere) {
}

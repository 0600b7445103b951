package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;

/**
 * One entry of the declaration's {@code providers:}.
 *
 * @param type   provider_type, e.g. {@code remote::openai}
 * @param id     provider_id as declared, or null (defaults to the name part of the type)
 * @param api    the API as declared, or null (inferred when the type exists under one API only)
 * @param config the declared config (deep-merged over the catalog default), or null
 * @param path   {@code providers[i]}
 */
public record DeclaredProvider(String type, String id, String api, YMap config, String path, Location where,
        Location typeWhere) {
}

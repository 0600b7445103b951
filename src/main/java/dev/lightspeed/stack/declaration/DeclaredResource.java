package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Location;
import java.util.Map;

/**
 * One registered resource of the declaration, with the run.yaml fields it turns into.
 *
 * @param provider provider id it is bound to, or null
 * @param fields   the run.yaml entry (e.g. {@code model_id}, {@code provider_id}, {@code model_type}, …), in order,
 *                 as plain values
 * @param path     e.g. {@code models[0]}
 * @param fieldWhere where each field's value is, by run.yaml path ({@link dev.lightspeed.stack.model.FieldLocations}: {@code embedding_model}
 *                 for the declaration's {@code embeddingModel}, {@code provider_id} for its {@code provider})
 */
public record DeclaredResource(ResourceKind kind, String id, String provider, Map<String, Object> fields, String path,
        Location where, Map<String, Location> fieldWhere) {
}

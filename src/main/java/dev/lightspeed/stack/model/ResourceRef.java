package dev.lightspeed.stack.model;

import dev.lightspeed.stack.problem.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registered resource and the provider it is bound to.
 *
 * @param providerId the provider id it names, or null when the entry names none (llama-stack then picks the only
 *                   provider of the API, or fails when there are several)
 * @param providerKey the key that names the provider in the source: {@code provider_id} in a run.yaml,
 *                    {@code provider} in a declaration
 * @param where      the entry's location
 * @param fieldWhere where each field's value is, by run.yaml path ({@link FieldLocations}); {@link #where(String)}
 *                   reads it
 * @param fields     the run.yaml entry as plain values ({@code model_type}, {@code metadata}, …), whichever file
 *                   it was read from
 * @param registered whether llama-stack registers it at start-up, as far as its source says: a run.yaml must
 *                   serve its routing table ({@code apis:}) in a release that registers its kind; always true for
 *                   a declaration, whose APIs are those of its providers (the kind is
 *                   {@link StackModel#registers}'s to judge)
 */
public record ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
        Map<String, Location> fieldWhere, String providerKey, Map<String, Object> fields, boolean registered) {

    public ResourceRef {
        fieldWhere = Map.copyOf(fieldWhere);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A resource without fields, built in a test. */
    public ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
            Map<String, Location> fieldWhere, String providerKey) {
        this(kind, id, providerId, path, where, fieldWhere, providerKey, Map.of(), true);
    }

    /**
     * Where a field's value is, by run.yaml path ({@code embedding_model}, {@code metadata.embedding_dimension}): as
     * deep as the entry has it, the entry itself when it lacks the field.
     */
    public Location where(String field) {
        return FieldLocations.at(fieldWhere, field, where);
    }

    /** Where its provider is named ({@code provider_id}, a declaration's {@code provider}), or the entry. */
    public Location providerWhere() {
        return where("provider_id");
    }

    /** The path of its provider reference, e.g. {@code models[0].provider}. */
    public String providerPath() {
        return path + "." + providerKey;
    }

    /** Whether it was read from a declaration (which names its provider under {@code provider}), not a run.yaml. */
    public boolean declared() {
        return "provider".equals(providerKey);
    }

    /** The same resource, registered or not. */
    public ResourceRef withRegistered(boolean isRegistered) {
        return new ResourceRef(kind, id, providerId, path, where, fieldWhere, providerKey, fields, isRegistered);
    }

    /** The section it is listed in, e.g. {@code vectorStores} or {@code registered_resources.vector_stores}. */
    public String section() {
        int bracket = path.lastIndexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}

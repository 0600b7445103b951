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
 * @param fields     the run.yaml entry as plain values ({@code model_type}, {@code metadata}, …), whichever file
 *                   it was read from
 * @param registered whether llama-stack registers it at start-up, as far as its source says: a run.yaml must
 *                   serve its routing table ({@code apis:}) in a release that registers its kind; always true for
 *                   a declaration, whose APIs are those of its providers (the kind is
 *                   {@link StackModel#registers}'s to judge)
 */
public record ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
        Location providerWhere, String providerKey, Map<String, Object> fields, boolean registered) {

    public ResourceRef {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A resource of a declaration, or one built in a test. */
    public ResourceRef(ResourceKind kind, String id, String providerId, String path, Location where,
            Location providerWhere, String providerKey) {
        this(kind, id, providerId, path, where, providerWhere, providerKey, Map.of(), true);
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
        return new ResourceRef(kind, id, providerId, path, where, providerWhere, providerKey, fields, isRegistered);
    }

    /** The section it is listed in, e.g. {@code vectorStores} or {@code registered_resources.vector_stores}. */
    public String section() {
        int bracket = path.lastIndexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}

package dev.lightspeed.stack.model;

import java.util.Map;
import java.util.Optional;

/**
 * Which datasetio provider llama-stack binds a registered dataset to: a dataset entry names no {@code provider_id};
 * {@code DatasetsRoutingTable.register_dataset} takes {@code metadata.provider_id}, else {@code localfs} for rows
 * and for a URI, unless the URI starts with {@code huggingface}.
 */
public final class DatasetBinding {

    private DatasetBinding() {
    }

    /** @param metadata the entry's {@code metadata} and {@code source} as plain values (maps), or null */
    public static Optional<String> provider(Object metadata, Object source) {
        if (metadata instanceof Map<?, ?> meta && meta.get("provider_id") != null
                && !meta.get("provider_id").toString().isEmpty()) {
            return Optional.of(meta.get("provider_id").toString());
        }
        if (!(source instanceof Map<?, ?> s) || s.get("type") == null) {
            return Optional.empty();
        }
        String type = s.get("type").toString();
        if (type.equals("uri") && s.get("uri") != null) {
            return Optional.of(s.get("uri").toString().startsWith("huggingface") ? "huggingface" : "localfs");
        }
        return type.equals("rows") ? Optional.of("localfs") : Optional.empty();
    }
}

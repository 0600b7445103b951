package dev.lightspeed.stack.model;

import java.util.Locale;

/**
 * The kinds of resources a run.yaml registers, the API whose providers serve each, and the key each kind has in
 * both release shapes (0.2.22 puts vector stores under {@code vector_dbs}, 0.3.5 under {@code vector_stores}).
 */
public enum ResourceKind {
    MODEL("models", "models", "model_id", "inference"),
    SHIELD("shields", "shields", "shield_id", "safety"),
    VECTOR_STORE("vector_stores", "vector_dbs", "vector_store_id", "vector_io"),
    DATASET("datasets", "datasets", "dataset_id", "datasetio"),
    SCORING_FN("scoring_fns", "scoring_fns", "scoring_fn_id", "scoring"),
    BENCHMARK("benchmarks", "benchmarks", "benchmark_id", "eval"),
    TOOL_GROUP("tool_groups", "tool_groups", "toolgroup_id", "tool_runtime");

    private final String key;
    private final String legacyKey;
    private final String idField;
    private final String api;

    ResourceKind(String key, String legacyKey, String idField, String api) {
        this.key = key;
        this.legacyKey = legacyKey;
        this.idField = idField;
        this.api = api;
    }

    /** Key under 0.3.x {@code registered_resources:}. */
    public String key() {
        return key;
    }

    /** Top-level key in a 0.2.x run.yaml. */
    public String legacyKey() {
        return legacyKey;
    }

    public String keyFor(boolean storageShape) {
        return storageShape ? key : legacyKey;
    }

    /** The id field of one entry in 0.3.x ({@code model_id}, {@code vector_store_id}, …). */
    public String idField() {
        return idField;
    }

    /** 0.2.x calls the vector store id {@code vector_db_id}. */
    public String idFieldFor(boolean storageShape) {
        return this == VECTOR_STORE && !storageShape ? "vector_db_id" : idField;
    }

    /** The API whose providers serve this kind ({@code models} → {@code inference}). */
    public String api() {
        return api;
    }

    /** Whether entries name a provider ({@code provider_id}); datasets do not, llama-stack picks by source. */
    public boolean bindsProvider() {
        return this != DATASET;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

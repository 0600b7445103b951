package dev.lightspeed.stack.model;

import java.util.Locale;

/**
 * The kinds of resources a run.yaml registers and the API whose providers serve each. Where and under which keys a
 * release registers them is release data: {@link dev.lightspeed.stack.catalog.RunShape#resources()}.
 */
public enum ResourceKind {
    MODEL("inference"),
    SHIELD("safety"),
    VECTOR_STORE("vector_io"),
    DATASET("datasetio"),
    SCORING_FN("scoring"),
    BENCHMARK("eval"),
    TOOL_GROUP("tool_runtime");

    private final String api;

    ResourceKind(String api) {
        this.api = api;
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

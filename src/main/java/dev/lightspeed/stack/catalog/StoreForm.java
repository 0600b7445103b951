package dev.lightspeed.stack.catalog;

/**
 * How a release's run.yaml configures the server's stores: per-store blocks ({@code metadata_store:},
 * {@code inference_store:}, llama-stack 0.2) or one {@code storage: {backends, stores}} section (0.3 and later).
 * Chosen by the catalog's {@code run_shape.storage.form}; the generator and the checks pick their strategy by it.
 */
public enum StoreForm {
    PER_STORE_BLOCKS,
    BACKENDS;

    static StoreForm of(String text) {
        return valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
}

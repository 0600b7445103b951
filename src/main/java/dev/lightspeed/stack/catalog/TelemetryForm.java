package dev.lightspeed.stack.catalog;

/**
 * Where a release's telemetry is switched on: a {@code telemetry} provider API (llama-stack 0.2), the top-level
 * {@code telemetry: {enabled}} block (0.3), or nowhere (0.4 and later). From the catalog's {@code run_shape.telemetry}.
 */
public enum TelemetryForm {
    PROVIDER,
    BLOCK,
    NONE;

    static TelemetryForm of(String text) {
        return valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
}

package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.schema.PackedJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A value of a bundled catalog that is decoded on first use: in a packed catalog ({@link CatalogJson#readPacked}) the
 * run-config schema and each provider's schema and default config are packed trees of their own, turned into a tree
 * only when asked for, at most once. A build reads the schema and default config of the few providers it declares,
 * not of the ~100 a release has. Thread-safe.
 */
final class LazyJson implements Supplier<JsonNode> {

    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final String origin;
    private volatile JsonNode value;

    private LazyJson(byte[] bytes, int offset, int length, String origin, JsonNode value) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.origin = origin;
        this.value = value;
    }

    /** A value already at hand (may be null). */
    static LazyJson of(JsonNode value) {
        return new LazyJson(null, 0, 0, null, value);
    }

    /**
     * The packed value that {@code ref}, an array {@code [offset, length]}, places in {@code bytes}, counted from
     * {@code valuesAt}.
     */
    static LazyJson ref(JsonNode ref, byte[] bytes, int valuesAt, String origin) throws IOException {
        if (ref == null || !ref.isArray() || ref.size() != 2 || !ref.get(0).isInt() || !ref.get(1).isInt()) {
            throw new IOException(origin + ": expected [offset, length] of a packed value, not " + ref);
        }
        int offset = ref.get(0).intValue();
        int length = ref.get(1).intValue();
        if (offset < 0 || length <= 0 || (long) valuesAt + offset + length > bytes.length) {
            throw new IOException(origin + ": [offset, length] out of range: [" + offset + ", " + length + "]");
        }
        return new LazyJson(bytes, valuesAt + offset, length, origin, null);
    }

    @Override
    public JsonNode get() {
        if (bytes == null) {
            return value;
        }
        JsonNode v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = decode();
                    value = v;
                }
            }
        }
        return v;
    }

    private JsonNode decode() {
        try {
            return PackedJson.decode(bytes, offset, length, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

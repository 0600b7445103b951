package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.schema.JsonTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A JSON value of a bundled catalog that is parsed on first use: the bytes of an object or array are located (the
 * streaming parser skips them without building anything) and turned into a tree only when asked for, at most once.
 * A build reads the schema and default config of the few providers it declares, not of the ~100 a release has.
 * Thread-safe.
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
     * The value at the parser's current token, which must read {@code bytes}: an object or array is skipped and
     * kept as a span of {@code bytes}, a scalar is read at once. The parser is left on the value's last token.
     */
    static LazyJson at(JsonParser p, byte[] bytes, String origin) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return of(JsonTrees.value(p));
        }
        long start = p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        long end = p.currentTokenLocation().getByteOffset() + 1;
        return new LazyJson(bytes, (int) start, (int) (end - start), origin, null);
    }

    /**
     * The value given at the parser's current token as {@code [offset, length]} of its JSON text in {@code bytes},
     * counted from {@code valuesAt}; the parser is left on the array's end.
     */
    static LazyJson ref(JsonParser p, byte[] bytes, int valuesAt, String origin) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException(origin + ": expected [offset, length] at " + p.currentLocation());
        }
        int offset = p.getIntValue();
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException(origin + ": expected [offset, length] at " + p.currentLocation());
        }
        int length = p.getIntValue();
        if (p.nextToken() != JsonToken.END_ARRAY || offset < 0 || length <= 0
                || (long) valuesAt + offset + length > bytes.length) {
            throw new IOException(origin + ": [offset, length] out of range at " + p.currentLocation());
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
                    v = parse();
                    value = v;
                }
            }
        }
        return v;
    }

    private JsonNode parse() {
        try {
            return JsonTrees.read(bytes, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin + " at byte " + offset, e);
        }
    }
}

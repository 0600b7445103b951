package dev.lightspeed.stack.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one packed value ({@link PackedJson}) from a byte range: a cursor over the array, every read bounds-checked,
 * so truncated or corrupt input is an IOException naming the origin and the byte. Not thread-safe (one per decode).
 */
final class PackedReader {

    /** Deeper than any bundled tree; a corrupt file cannot overflow the stack. */
    private static final int MAX_DEPTH = 256;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final byte[] bytes;
    private final int end;
    private final String origin;
    private int pos;

    PackedReader(byte[] bytes, int from, int to, String origin) {
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
        this.origin = origin;
    }

    /** The value, which must fill the range. */
    JsonNode value() throws IOException {
        JsonNode v = value(0);
        if (pos != end) {
            throw corrupt("trailing bytes after the value");
        }
        return v;
    }

    private JsonNode value(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw corrupt("nested deeper than " + MAX_DEPTH);
        }
        int tag = u8();
        switch (tag) {
            case 'o' -> {
                int count = count();
                ObjectNode o = NODES.objectNode();
                for (int i = 0; i < count; i++) {
                    String key = string(u8());
                    o.set(key, value(depth + 1));
                }
                return o;
            }
            case 'a' -> {
                int count = count();
                ArrayNode a = NODES.arrayNode(count);
                for (int i = 0; i < count; i++) {
                    a.add(value(depth + 1));
                }
                return a;
            }
            case 's', 'S' -> {
                return NODES.textNode(string(tag));
            }
            case 'i' -> {
                return NODES.numberNode(i32());
            }
            case 'l' -> {
                return NODES.numberNode(i64());
            }
            case 'b' -> {
                int at = pos;
                try {
                    return NODES.numberNode(new BigInteger(string(u8())));
                } catch (NumberFormatException e) {
                    pos = at;
                    throw corrupt("not an integer");
                }
            }
            case 'd' -> {
                return NODES.numberNode(Double.longBitsToDouble(i64()));
            }
            case 't' -> {
                return NODES.booleanNode(true);
            }
            case 'f' -> {
                return NODES.booleanNode(false);
            }
            case 'n' -> {
                return NODES.nullNode();
            }
            default -> {
                pos--;
                throw corrupt("unknown tag " + tag);
            }
        }
    }

    /** A string after its tag: {@code s} with an unsigned short length, {@code S} with an int one. */
    private String string(int tag) throws IOException {
        int length;
        if (tag == 's') {
            need(2);
            length = (bytes[pos] & 0xFF) << 8 | bytes[pos + 1] & 0xFF;
            pos += 2;
        } else if (tag == 'S') {
            length = count();
        } else {
            pos--;
            throw corrupt("expected a string, found tag " + tag);
        }
        need(length);
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    /** A count or length: each element takes at least a byte, so more than the bytes left is corrupt. */
    private int count() throws IOException {
        int count = i32();
        if (count < 0 || count > end - pos) {
            pos -= 4;
            throw corrupt("count " + count + " with " + (end - pos - 4) + " bytes left");
        }
        return count;
    }

    private int u8() throws IOException {
        need(1);
        return bytes[pos++] & 0xFF;
    }

    private int i32() throws IOException {
        need(4);
        int v = (bytes[pos] & 0xFF) << 24 | (bytes[pos + 1] & 0xFF) << 16 | (bytes[pos + 2] & 0xFF) << 8
                | bytes[pos + 3] & 0xFF;
        pos += 4;
        return v;
    }

    private long i64() throws IOException {
        long high = i32() & 0xFFFFFFFFL;
        return high << 32 | i32() & 0xFFFFFFFFL;
    }

    private void need(int n) throws IOException {
        if (n > end - pos) {
            throw corrupt("truncated: " + n + " bytes needed, " + (end - pos) + " left");
        }
    }

    private IOException corrupt(String what) {
        return new IOException(origin + ": corrupt packed JSON at byte " + pos + ": " + what);
    }
}

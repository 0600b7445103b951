package dev.lightspeed.stack.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A binary form of a JSON tree, for data bundled in the plugin jar: decoding it builds Jackson's tree without
 * loading Jackson's parser (about 80 classes and the tokenizing of the text, in the interpreter on a build's first
 * call). One tag byte per value: {@code o} object (int count, then per entry its key as a string value and its value;
 * key order kept), {@code a} array (int count, values), {@code s} string (unsigned short length, UTF-8), {@code S} a
 * string of more than 65535 UTF-8 bytes (int length, UTF-8), {@code i} int, {@code l} long, {@code b} BigInteger
 * (its decimal text as a string value), {@code d} double, {@code t} true, {@code f} false, {@code n} null; numbers
 * big-endian. The nodes are those {@link JsonTrees#read} gives for the same JSON; {@link PackedReader} decodes. A
 * packed file starts with a {@link #header}. Thread-safe.
 */
public final class PackedJson {

    /** Bumped when the encoding changes; a file of another version is refused. */
    public static final int VERSION = 1;
    private static final byte[] MAGIC = {'L', 'S', 'P', 'J', VERSION};

    private PackedJson() {
    }

    /**
     * What a packed file starts with: a magic number, the format version, and the CRC-32 of the JSON text it was made
     * from, so that a reader that has that text at hand can tell whether the file is still its twin
     * ({@link #madeFrom}).
     */
    public static byte[] header(byte[] source) {
        CRC32 crc = new CRC32();
        crc.update(source);
        return ByteBuffer.allocate(MAGIC.length + 4).put(MAGIC).putInt((int) crc.getValue()).array();
    }

    /** The header and the packed tree made from {@code source}: a file {@link #readFile} reads. */
    public static byte[] file(JsonNode tree, byte[] source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(source));
        out.writeBytes(encode(tree));
        return out.toByteArray();
    }

    /** The tree of a file {@link #file} made. */
    public static JsonNode readFile(byte[] bytes, String origin) throws IOException {
        int at = afterHeader(bytes, origin);
        return decode(bytes, at, bytes.length - at, origin);
    }

    /** Whether the packed file {@code packed} was made from the JSON text {@code source} (by its header). */
    public static boolean madeFrom(byte[] packed, byte[] source) {
        byte[] header = header(source);
        return packed.length >= header.length && Arrays.equals(packed, 0, header.length, header, 0, header.length);
    }

    /**
     * The JSON resource {@code json} as a tree, decoded from the resource {@code packed} when that is its packed twin
     * ({@link #madeFrom}), else parsed: a class path that puts another {@code json} first, or a twin not made again
     * after an edit, costs a parse, never a stale tree. IllegalStateException when {@code json} is missing.
     */
    public static JsonNode readTwin(Class<?> owner, String json, String packed) throws IOException {
        byte[] source;
        byte[] twin = null;
        try (InputStream in = owner.getResourceAsStream(json); InputStream p = owner.getResourceAsStream(packed)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the plugin jar: " + json);
            }
            source = in.readAllBytes();
            if (p != null) {
                twin = p.readAllBytes();
            }
        }
        return twin != null && madeFrom(twin, source) ? readFile(twin, packed)
                : JsonTrees.read(new ByteArrayInputStream(source));
    }

    /** Where what follows the header starts; IOException when {@code bytes} do not start with one. */
    public static int afterHeader(byte[] bytes, String origin) throws IOException {
        if (bytes.length < MAGIC.length + 4 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException(origin + ": not a packed JSON file of version " + VERSION);
        }
        return MAGIC.length + 4;
    }

    /** The packed form of a tree (without a header); IllegalArgumentException for a node JSON text cannot give. */
    public static byte[] encode(JsonNode tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The tree packed in {@code length} bytes of {@code bytes} from {@code offset}, which must hold exactly one
     * value; truncated or corrupt input gives an IOException naming {@code origin} and the byte.
     */
    public static JsonNode decode(byte[] bytes, int offset, int length, String origin) throws IOException {
        if (offset < 0 || length < 0 || (long) offset + length > bytes.length) {
            throw new IOException(origin + ": packed value [" + offset + ", " + length + "] out of range");
        }
        return new PackedReader(bytes, offset, offset + length, origin).value();
    }

    private static void write(JsonNode n, DataOutputStream out) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                out.writeByte('o');
                out.writeInt(n.size());
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    writeString(e.getKey(), out);
                    write(e.getValue(), out);
                }
            }
            case ARRAY -> {
                out.writeByte('a');
                out.writeInt(n.size());
                for (JsonNode v : n) {
                    write(v, out);
                }
            }
            case STRING -> writeString(n.textValue(), out);
            case NUMBER -> writeNumber(n, out);
            case BOOLEAN -> out.writeByte(n.booleanValue() ? 't' : 'f');
            case NULL -> out.writeByte('n');
            default -> throw new IllegalArgumentException("no packed form for a " + n.getNodeType() + " node");
        }
    }

    private static void writeString(String s, DataOutputStream out) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= 0xFFFF) {
            out.writeByte('s');
            out.writeShort(utf8.length);
        } else {
            out.writeByte('S');
            out.writeInt(utf8.length);
        }
        out.write(utf8);
    }

    /** The nodes {@link JsonTrees#read} makes of numbers; any other kind has no packed form. */
    private static void writeNumber(JsonNode n, DataOutputStream out) throws IOException {
        if (n.isInt()) {
            out.writeByte('i');
            out.writeInt(n.intValue());
        } else if (n.isLong()) {
            out.writeByte('l');
            out.writeLong(n.longValue());
        } else if (n.isBigInteger()) {
            out.writeByte('b');
            writeString(n.bigIntegerValue().toString(), out);
        } else if (n.isDouble()) {
            out.writeByte('d');
            out.writeDouble(n.doubleValue());
        } else {
            throw new IllegalArgumentException("no packed form for the number node " + n.getClass().getSimpleName());
        }
    }
}

package dev.lightspeed.stack.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedJsonTest {

    private static final String JSON = "{\"z\": 1, \"a\": [2147483648, 9223372036854775808, -1.5e3, 0.0, \"\\u00e9\\u0000"
            + "\\ud83d\\ude00\", true, false, null, {}, []], \"m\": {\"k\": \"v\", \"\": -2147483648}, \"d\": 1, \"d\": 2}";

    private static JsonNode json(String text) throws IOException {
        return JsonTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode roundTrip(JsonNode tree) throws IOException {
        byte[] packed = PackedJson.encode(tree);
        byte[] framed = new byte[packed.length + 7];
        System.arraycopy(packed, 0, framed, 3, packed.length);
        return PackedJson.decode(framed, 3, packed.length, "t");
    }

    @Test
    void decodesToTheTreeJsonTreesReadsWithTheSameNodesAndKeyOrder() throws IOException {
        JsonNode tree = json(JSON);
        JsonNode back = roundTrip(tree);
        assertEquals(tree, back);
        List<String> keys = new ArrayList<>();
        back.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("z", "a", "m", "d"), keys);
        assertEquals(2, back.get("d").intValue());
        assertEquals(IntNode.class, back.get("z").getClass());
        assertEquals(LongNode.class, back.get("a").get(0).getClass());
        assertEquals(BigIntegerNode.class, back.get("a").get(1).getClass());
        assertEquals(DoubleNode.class, back.get("a").get(2).getClass());
        assertEquals(IntNode.class, back.get("m").get("").getClass());
        assertEquals("\u00e9\u0000\ud83d\ude00", back.get("a").get(4).textValue());
    }

    @Test
    void aFileHasAHeaderAndReadsBack() throws IOException {
        JsonNode tree = json(JSON);
        byte[] source = JSON.getBytes(StandardCharsets.UTF_8);
        byte[] file = PackedJson.file(tree, source);
        assertEquals(tree, PackedJson.readFile(file, "f"));
        assertTrue(PackedJson.madeFrom(file, source));
        assertFalse(PackedJson.madeFrom(file, (JSON + " ").getBytes(StandardCharsets.UTF_8)));
        assertFalse(PackedJson.madeFrom(new byte[3], source));
        file[4]++;
        IOException e = assertThrows(IOException.class, () -> PackedJson.readFile(file, "f.bin"));
        assertTrue(e.getMessage().startsWith("f.bin: not a packed JSON file of version 1"), e.getMessage());
        assertThrows(IOException.class, () -> PackedJson.readFile(new byte[] {'L', 'S'}, "f.bin"));
    }

    @Test
    void stringsBeyondWriteUtfsLimitRoundTrip() throws IOException {
        String longAscii = "x".repeat(70_000);
        String longWide = "\u00e9\ud83d\ude00\u0000".repeat(20_000);
        String atLimit = "y".repeat(0xFFFF);
        ObjectNode tree = JsonTrees.object().put("a", longAscii).put("b", longWide).put("c", atLimit);
        assertEquals(tree, roundTrip(tree));
        assertEquals('S', PackedJson.encode(JsonTrees.fromPlain(longWide))[0]);
        assertEquals('s', PackedJson.encode(JsonTrees.fromPlain(atLimit))[0]);
    }

    @Test
    void everyTruncationIsAnIoExceptionNamingTheOrigin() throws IOException {
        JsonNode tree = json(JSON);
        tree = JsonTrees.object().<ObjectNode>set("t", tree).put("long", "w".repeat(70_000));
        byte[] packed = PackedJson.encode(tree);
        for (int cut = 0; cut < packed.length; cut = cut < 300 ? cut + 1 : cut + 997) {
            int length = cut;
            IOException e = assertThrows(IOException.class, () -> PackedJson.decode(packed, 0, length, "p.bin"),
                    "cut at " + cut);
            assertTrue(e.getMessage().startsWith("p.bin: corrupt packed JSON at byte "), e.getMessage());
        }
    }

    @Test
    void corruptInputIsAnIoException() {
        List<byte[]> corrupt = List.of(
                new byte[] {'?'},
                new byte[] {'i', 0, 0, 0, 1, 'n'},
                ByteBuffer.allocate(5).put((byte) 'a').putInt(-1).array(),
                ByteBuffer.allocate(6).put((byte) 'o').putInt(Integer.MAX_VALUE).put((byte) 'n').array(),
                ByteBuffer.allocate(6).put((byte) 'S').putInt(2).put((byte) 'x').array(),
                new byte[] {'s', 0, 2, 'x'},
                new byte[] {'o', 0, 0, 0, 1, 'i', 0, 0, 0, 1, 'n'},
                new byte[] {'b', 's', 0, 3, 'x', 'y', 'z'});
        for (byte[] bytes : corrupt) {
            assertThrows(IOException.class, () -> PackedJson.decode(bytes, 0, bytes.length, "p"), Arrays.toString(bytes));
        }
        byte[] deep = new byte[10_001];
        for (int i = 0; i < 10_000; i += 5) {
            ByteBuffer.wrap(deep, i, 5).put((byte) 'a').putInt(1);
        }
        deep[10_000] = 'n';
        IOException e = assertThrows(IOException.class, () -> PackedJson.decode(deep, 0, deep.length, "p"));
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
        assertThrows(IOException.class, () -> PackedJson.decode(new byte[2], 1, 2, "p"));
    }

    @Test
    void nodesJsonTextCannotGiveHaveNoPackedForm() {
        assertThrows(IllegalArgumentException.class, () -> PackedJson.encode(DecimalNode.valueOf(BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class,
                () -> PackedJson.encode(com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
    }
}

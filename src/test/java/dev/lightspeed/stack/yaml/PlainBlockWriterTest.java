package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The writer of the common case writes exactly the bytes SnakeYAML's emitter writes, or declines: on scalars chosen
 * to sit on every edge of the emitter's style rules, on thousands of random documents made of them, and on every
 * run.yaml in the golden files (which it declines only for an escaped value).
 */
class PlainBlockWriterTest {

    private static final Resolver RESOLVER = new Resolver();

    /** Strings on the edges of plain, single- and double-quoted style, implicit types and key rules. */
    private static final List<String> EDGES = List.of("a", "abc", "a b", "a  b", " a", "a ", "", " ", "-", "- a", "-a",
            "--", "---", "--- a", "...", "..a", ".a", ".5", "1.5", "1e3", "1_000", "0x1F", "0o17", "017", "0b101",
            "1:20", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "~", "null", "Null", "NULL", "true", "True", "yes",
            "No", "on", "OFF", "y", "n", "<<", "=", "!", "&a", "*a", "?", "? a", "?a", ":", ": a", ":a", "a:", "a: b",
            "a:b", "a::b", "#a", "a #b", "a#b", "a # b", ",a", "a,b", "[a]", "a[0]", "{a}", "a{b}", "|", ">", "'a'",
            "a'b", "\"a\"", "a\"b", "%a", "@a", "`a", "a\\b", "a\tb", "a\nb", "a\rb", "é", "a\u200Bb", "\uFEFF",
            "${env.OPENAI_API_KEY}", "${env.X:=}", "${env.X:+y}", "${env.SQLITE_STORE_DIR:=~/.llama/d}/kv.db",
            "https://api.openai.com/v1", "vector_io::faiss", "inline::faiss", "nomic-ai/nomic-embed-text-v1.5",
            "a".repeat(122), "b".repeat(123), "c".repeat(124), "-1", "+1", "1.0", ".nan", ".inf", "-.inf", "0",
            "a:\tb", "a -b", "a - b", "a ?b", "a? b", "@", "a@b", "a%b", "a!b", "a&b", "a*b", "a|b", "a>b");

    private static final List<Object> SCALARS = scalars();

    private static List<Object> scalars() {
        List<Object> s = new ArrayList<>(EDGES);
        s.addAll(List.of(0, -5, 768, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"), (short) 3,
                1.0, -2.5, 1e20, 1.5e-7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                new BigDecimal("0.1"), 3.5f, true, false));
        s.add(null);
        return s;
    }

    private static void assertSameAsEmitter(Object doc) {
        String fast = PlainBlockWriter.write(doc, RESOLVER);
        if (fast != null) {
            assertEquals(YamlWriter.emit(doc), fast, () -> "document " + doc);
        }
        assertEquals(YamlWriter.emit(doc), YamlWriter.write(doc));
    }

    @Test
    void everyEdgeScalarAsValueKeyItemAndDocument() {
        int written = 0;
        for (Object s : SCALARS) {
            Map<String, Object> asValue = new LinkedHashMap<>();
            asValue.put("k", s);
            Map<String, Object> asKey = new LinkedHashMap<>();
            asKey.put(String.valueOf(s), "v");
            for (Object doc : new Object[] {asValue, asKey, List.of("x", s == null ? "null" : s), s}) {
                assertSameAsEmitter(doc);
                written += PlainBlockWriter.write(doc, RESOLVER) != null ? 1 : 0;
            }
            if (s instanceof String str) {
                String expected = YamlWriter.emit(str);
                assertEquals(expected.substring(0, expected.length() - 1), YamlWriter.scalar(str), str);
            }
        }
        assertTrue(written > SCALARS.size() * 3, "the common writer declined too often: " + written);
    }

    @Test
    void declinesWhatOnlyTheEmitterWrites() {
        assertNull(PlainBlockWriter.write(Map.of("k", "a\nb"), RESOLVER), "a line break: double quotes");
        assertNull(PlainBlockWriter.write(Map.of("k", "é"), RESOLVER), "non-ASCII: escaped");
        assertNull(PlainBlockWriter.write(Map.of("", "v"), RESOLVER), "an empty key: '? '''");
        assertNull(PlainBlockWriter.write(Map.of("k".repeat(123), "v"), RESOLVER), "a long key: '? key'");
        assertNotNull(PlainBlockWriter.write(Map.of("k".repeat(122), "v"), RESOLVER));
    }

    @Test
    void randomDocumentsOfEdgeScalars() {
        Random random = new Random(16);
        for (int i = 0; i < 3000; i++) {
            assertSameAsEmitter(node(random, 0));
        }
    }

    private static Object node(Random r, int depth) {
        int kind = depth > 4 ? 2 : r.nextInt(6);
        if (kind == 0 || kind == 3) {
            Map<String, Object> m = new LinkedHashMap<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                m.put(r.nextInt(4) == 0 ? String.valueOf(pick(r)) : "key" + i, node(r, depth + 1));
            }
            return m;
        }
        if (kind == 1 || kind == 4) {
            List<Object> l = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                l.add(node(r, depth + 1));
            }
            return l;
        }
        return pick(r);
    }

    private static Object pick(Random r) {
        return r.nextInt(3) == 0 ? SCALARS.get(r.nextInt(SCALARS.size())) : "plain" + r.nextInt(9);
    }

    @Test
    void everyGoldenRunYamlWithoutDoubleQuotesIsWrittenWithoutTheEmitter() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TestFiles.projectDir().resolve("src/test/resources/golden"))) {
            files = s.filter(p -> p.getFileName().toString().equals("run.yaml")).toList();
        }
        assertTrue(files.size() > 20, files.toString());
        for (Path f : files) {
            Object doc = new SafeYamlReader().read(f, f.toString()).root().orElseThrow().toPlain();
            String fast = PlainBlockWriter.write(doc, RESOLVER);
            if (fast == null) { // only an escaped (double-quoted) value needs the emitter, e.g. 0.2.22's "\u200b"
                assertTrue(Files.readString(f).contains("\""), f + " needs the emitter");
            } else {
                assertEquals(YamlWriter.emit(doc), fast, f.toString());
            }
        }
    }
}

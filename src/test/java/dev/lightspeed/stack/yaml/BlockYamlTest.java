package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
 * The reader of the declaration's usual shape gives exactly the document SnakeYAML's scanner, parser and composer
 * give (tree, positions, problems), or declines: on every YAML file of the repository, on texts made from them and
 * from random documents by random edits (which must never make it accept what SnakeYAML refuses), and on edge cases.
 * It must not decline the bundled examples' declarations, nor the generate goldens' usual ones.
 */
class BlockYamlTest {

    private static final Resolver RESOLVER = new Resolver();
    private static final SafeYamlReader READER = new SafeYamlReader();
    private static final SafeYamlReader LAST_WINS = new SafeYamlReader(YamlLimits.DEFAULT, DuplicateKeys.LAST_WINS);

    private static boolean accepted(String text) {
        return BlockYaml.compose(text, RESOLVER, YamlLimits.DEFAULT) != null;
    }

    private static void assertReadsAlike(String text) {
        assertEquals(dump(READER.readWithSnakeYaml(text, "f.yaml")), dump(READER.readText(text, "f.yaml")),
                () -> "text:\n" + text);
        assertEquals(dump(LAST_WINS.readWithSnakeYaml(text, "f.yaml")), dump(LAST_WINS.readText(text, "f.yaml")),
                () -> "text:\n" + text);
    }

    /** Everything a document holds: every node's kind, position, keys with theirs, scalars' text, type and quoting. */
    static String dump(YamlDocument d) {
        StringBuilder sb = new StringBuilder(d.file()).append('\n').append(d.problems()).append('\n');
        d.root().ifPresent(n -> dump(n, sb, ""));
        return sb.toString();
    }

    private static void dump(YNode n, StringBuilder sb, String in) {
        if (n instanceof YMap m) {
            sb.append(in).append("map @").append(m.location()).append('\n');
            for (YMap.Entry e : m.entries().values()) {
                sb.append(in).append(" key ").append(e.key()).append(" @").append(e.keyLocation()).append('\n');
                dump(e.value(), sb, in + "  ");
            }
        } else if (n instanceof YSeq s) {
            sb.append(in).append("seq @").append(s.location()).append('\n');
            for (YNode i : s.items()) {
                dump(i, sb, in + "  ");
            }
        } else {
            sb.append(in).append(n).append('\n');
        }
    }

    static List<Path> yamlFiles() throws IOException {
        Path root = TestFiles.projectDir();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources", "examples", "it")) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static String text(Path p) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // the encoding tests' files
        }
    }

    @Test
    void everyYamlFileOfTheRepositoryReadsAlike() throws IOException {
        int accepted = 0;
        List<Path> files = yamlFiles();
        assertTrue(files.size() > 300, "found " + files.size());
        for (Path f : files) {
            String text = text(f);
            if (text != null) {
                assertReadsAlike(text);
                accepted += accepted(text) ? 1 : 0;
            }
        }
        assertTrue(accepted > files.size() / 2, "accepted " + accepted + " of " + files.size());
    }

    @Test
    void theExamplesDeclarationsAreReadWithoutSnakeYamlsParser() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.projectDir().resolve("examples"))) {
            for (Path ex : s.toList()) {
                Path decl = ex.resolve("src/main/lightspeed/stack.yaml");
                if (Files.isRegularFile(decl)) {
                    assertTrue(accepted(Files.readString(decl)), decl.toString());
                }
            }
        }
    }

    @Test
    void randomEditsOfRealFilesReadAlike() throws IOException {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>();
        for (Path f : yamlFiles()) {
            String t = text(f);
            if (t != null && t.length() < 4000 && accepted(t)) {
                texts.add(t);
            }
        }
        for (int i = 0; i < 6000; i++) {
            assertReadsAlike(edit(r, texts.get(r.nextInt(texts.size()))));
        }
    }

    private static final String[] INSERTS = {" ", "  ", ":", ": ", "#", " #", "-", "- ", "'", "''", "\"", "{", "}",
        "[", "]", ",", ", ", "&a ", "*a", "!", "|", ">", "\n", "\n  ", "\n- ", "x", "?", "? ", "%", "@", "`", "\t",
        "<<: ", "---", "...", "\\", "é", "\u2028", "1", "true", "~", "{a: 1}", "[a, b]", "k: v", "\n#c\n"};

    /** One to three random edits: an insertion from {@link #INSERTS}, a deletion, or a line's indentation shifted. */
    private static String edit(Random r, String text) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0, 1 -> sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                case 2 -> sb.deleteCharAt(at);
                default -> {
                    int lineStart = sb.lastIndexOf("\n", at) + 1;
                    if (r.nextBoolean()) {
                        sb.insert(lineStart, r.nextBoolean() ? " " : "  ");
                    } else if (sb.length() > lineStart && sb.charAt(lineStart) == ' ') {
                        sb.deleteCharAt(lineStart);
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void randomDocumentsReadAlike() {
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            Object doc = node(r, 0);
            String text = YamlWriter.write(doc);
            assertReadsAlike(text);
            assertReadsAlike(edit(r, text));
        }
    }

    private static final List<Object> SCALARS = List.of("a", "a b", "x:y", "http://h:1/p", "${env.X:=}", "-1", "1.5",
            "1e3", "0x1F", "1_000", "1:20", "2001-12-14", "~", "null", "true", "yes", "No", "on", "", " a", "a ", "'q'",
            "a'b", "#a", "a #b", "a#b", "[a]", "{a}", "a,b", "?a", ":a", "-a", "a:", "<<", "=", "é", 1, 2.5, true);

    private static Object node(Random r, int depth) {
        int kind = depth > 3 ? 2 : r.nextInt(5);
        if (kind == 0 || kind == 3) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                m.put(r.nextInt(5) == 0 ? String.valueOf(SCALARS.get(r.nextInt(SCALARS.size()))) : "k" + r.nextInt(9),
                        node(r, depth + 1));
            }
            return m;
        }
        if (kind == 1) {
            List<Object> l = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                l.add(node(r, depth + 1));
            }
            return l;
        }
        return SCALARS.get(r.nextInt(SCALARS.size()));
    }

    @Test
    void theShapesItTakes() {
        String text = "# c\nk: v   # c\nn:\nm: {a: 1, 'b': 'x''y', \"c\": \">=1\"}\ne: []\nf: {}\ns:\n- a\n-  'b'\n- c: 1\n  d:\n"
                + "    - x\n  e: [1, two]\nt:\n  - u: v\n    w:\n    - y\n\nz: -1\n";
        assertNotNull(BlockYaml.compose(text, RESOLVER, YamlLimits.DEFAULT));
        assertReadsAlike(text);
    }

    @Test
    void declinesWhatOnlySnakeYamlReads() {
        for (String text : List.of("", "# only a comment\n", "a: \"q\\n\"\n", "a: |\n  x\n", "a: &x 1\nb: *x\n",
                "a: !!str 1\n", "a:\tb\n", "a: b\r\n", "--- \na: 1\n", "a: b\n  c\n", "a: [b, [c]]\n", "a: {b: {c: 1}}\n",
                "- \n- a\n", "a : b\n", "<<: {a: 1}\n", "a: b: c\n", "a: 'b\n  c'\n", "plain\n", "a: [b,c]\n",
                "a: \ud83d\ude00\n", "a: b\u2028c\n", "a: b #c\n  d: e\n", " a: 1\nb: 2\n")) {
            assertNull(BlockYaml.compose(text, RESOLVER, YamlLimits.DEFAULT), text);
            assertReadsAlike(text);
        }
    }
}

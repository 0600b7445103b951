package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeYamlReaderTest {

    static YamlDocument read(String text) {
        return read(new SafeYamlReader(), text);
    }

    static YamlDocument read(SafeYamlReader r, String text) {
        return r.read(text.getBytes(StandardCharsets.UTF_8), "f.yaml");
    }

    static YMap root(String text) {
        YamlDocument d = read(text);
        assertEquals(List.of(), d.problems());
        return (YMap) d.root().orElseThrow();
    }

    /** The one problem of a document that failed to read, as its one-line form. */
    static String onlyProblem(YamlDocument d) {
        assertTrue(d.root().isEmpty(), "no tree for a document that failed");
        assertEquals(1, d.problems().size(), d.problems().toString());
        Problem p = d.problems().get(0);
        assertTrue(p.isError());
        return p.oneLine();
    }

    @Test
    void keysAndValuesKeepTheirPositions() {
        YMap top = (YMap) root("top:\n  list:\n    - name: x\n      val: 'q'\n").get("top").orElseThrow();
        assertEquals(new Location("f.yaml", 2, 3), top.keyLocation("list"));
        YSeq list = (YSeq) top.get("list").orElseThrow();
        assertEquals(new Location("f.yaml", 3, 5), list.location());
        YMap item = (YMap) list.items().get(0);
        assertEquals(new Location("f.yaml", 3, 7), item.location());
        assertEquals(new Location("f.yaml", 4, 7), item.keyLocation("val"));
        assertEquals(new YScalar("q", YScalar.ScalarType.STRING, true, new Location("f.yaml", 4, 12)),
                item.get("val").orElseThrow());
    }

    /** What PyYAML's safe_load gives each plain scalar (YAML 1.1), which is what llama-stack sees. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "yes      | BOOL   | true",
        "No       | BOOL   | false",
        "on       | BOOL   | true",
        "OFF      | BOOL   | false",
        "y        | STRING | y",
        "0x1F     | INT    | 31",
        "1_000    | INT    | 1000",
        "010      | INT    | 8",
        "0b101    | INT    | 5",
        "1:30     | INT    | 90",
        "-42      | INT    | -42",
        "1.5      | FLOAT  | 1.5",
        "1.5e+3   | FLOAT  | 1500.0",
        ".inf     | FLOAT  | Infinity",
        "-.inf    | FLOAT  | -Infinity",
        "~        | NULL   | ",
        "null     | NULL   | ",
        "8321     | INT    | 8321",
        "1e3      | STRING | 1e3",
        "1.5e3    | STRING | 1.5e3",
        "1e+3     | STRING | 1e+3",
        "2001-12-14 | TIMESTAMP | 2001-12-14",
        "hello    | STRING | hello",
    })
    void yaml11Types(String plain, YScalar.ScalarType type, String value) {
        YScalar s = (YScalar) root("k: " + plain + "\n").get("k").orElseThrow();
        assertEquals(type, s.type(), plain);
        assertEquals(value == null ? "null" : value, String.valueOf(s.toPlain()));
        assertEquals(plain, s.text());
    }

    @Test
    void quotedScalarsAreStrings() {
        YMap m = root("a: 'yes'\nb: \"8321\"\nc: '~'\n");
        for (String k : List.of("a", "b", "c")) {
            YScalar s = (YScalar) m.get(k).orElseThrow();
            assertEquals(YScalar.ScalarType.STRING, s.type());
            assertTrue(s.quoted());
        }
        assertEquals(Map.of("a", "yes", "b", "8321", "c", "~"), m.toPlain());
    }

    @Test
    void duplicateKeysAreErrorsByDefault() {
        YamlDocument d = read("a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("f.yaml:3:1: yaml-duplicate-key: duplicate key 'a' (first at line 1)"
                + " (fix: keep one 'a' entry)"), d.problems().stream().map(Problem::oneLine).toList());
        assertTrue(d.hasErrors());
    }

    @Test
    void duplicateKeysWithLastWinsAreWarningsAndKeepTheLastValue() {
        YamlDocument d = read(new SafeYamlReader(YamlLimits.DEFAULT, DuplicateKeys.LAST_WINS), "a: 1\nb: 2\na: 3\n");
        assertEquals(List.of("warning f.yaml:3:1: yaml-duplicate-key: duplicate key 'a' (first at line 1);"
                + " PyYAML silently keeps this last value (fix: keep one 'a' entry)"),
                d.problems().stream().map(Problem::toString).toList());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 2L);
        expected.put("a", 3L);
        assertEquals(expected, d.root().orElseThrow().toPlain());
        assertEquals(List.of("b", "a"), List.copyOf(((YMap) d.root().orElseThrow()).entries().keySet()));
    }

    @Test
    void mergeKeysMergeAndOwnKeysWin() {
        YMap m = root("base: &b {a: 1, b: 2}\nd:\n  <<: *b\n  b: 3\n  c: 4\n");
        assertEquals("{a=1, b=3, c=4}", m.get("d").orElseThrow().toPlain().toString());
        YMap two = root("x: &x {a: 1}\ny: &y {a: 2, b: 2}\nd:\n  <<: [*x, *y]\n");
        assertEquals("{a=1, b=2}", two.get("d").orElseThrow().toPlain().toString(), "the first mapping wins");
    }

    @Test
    void mergeOfAScalarIsAnError() {
        YamlDocument d = read("x: &x 5\nd:\n  <<: *x\n");
        assertEquals(List.of("f.yaml:3:3: yaml-syntax: a merge key '<<' needs a mapping or a list of mappings"
                + " (fix: merge a mapping: '<<: *anchor')"), d.problems().stream().map(Problem::oneLine).toList());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i > 0 ? ", " : "").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        assertEquals("f.yaml:7:31: yaml-limit: Number of aliases for non-scalar nodes exceeds the specified max=50"
                + " (fix: use fewer anchors and aliases)", onlyProblem(read(bomb.toString())));
    }

    @Test
    void expansionBeyondTheNodeLimitIsRefused() {
        SafeYamlReader r = new SafeYamlReader(new YamlLimits(1 << 20, 64, 50, 100), DuplicateKeys.ERROR);
        assertEquals("f.yaml:1:26: yaml-limit: more than 100 nodes once aliases are expanded (fix: simplify the"
                + " file: fewer aliases, less nesting)", onlyProblem(read(r,
                "a: &a [1,2,3,4,5,6,7,8,9,10]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n")));
    }

    @Test
    void recursiveAliasIsRefused() {
        String expected = "f.yaml:1:4: yaml-limit: a recursive alias refers to its own ancestor (fix: simplify the"
                + " file: fewer aliases, less nesting)";
        assertEquals(expected, onlyProblem(read("a: &a\n  b: *a\n")));
        assertEquals(expected, onlyProblem(read("a: &a [*a]\n")));
    }

    @Test
    void depthLimit() {
        assertEquals("f.yaml:1:67: yaml-limit: Nesting Depth exceeded max 64 (fix: flatten the structure)",
                onlyProblem(read("x: " + "[".repeat(70) + "]".repeat(70) + "\n")));
        SafeYamlReader shallow = new SafeYamlReader(new YamlLimits(1 << 20, 3, 50, 1000), DuplicateKeys.ERROR);
        assertEquals("f.yaml:1:12: yaml-limit: Nesting Depth exceeded max 3 (fix: flatten the structure)",
                onlyProblem(read(shallow, "a: {b: {c: {d: {e: 1}}}}\n")));
        assertTrue(read(shallow, "a: {b: 1}\n").problems().isEmpty());
    }

    @Test
    void sizeLimit(@TempDir Path dir) throws Exception {
        SafeYamlReader small = new SafeYamlReader(new YamlLimits(10, 64, 50, 1000), DuplicateKeys.ERROR);
        assertEquals("f.yaml: yaml-limit: input is 15 bytes, more than the limit of 10 (fix: split the file or"
                + " remove what is not configuration)", onlyProblem(read(small, "a: 12345678901\n")));
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "a: 12345678901\n");
        assertEquals("big.yaml: yaml-limit: is 15 bytes, more than the limit of 10 bytes (fix: split the file or"
                + " remove what is not configuration)", onlyProblem(small.read(f, "big.yaml")));
    }

    @Test
    void notUtf8() {
        YamlDocument d = new SafeYamlReader().read(new byte[] {'a', ':', ' ', (byte) 0xff, '\n'}, "f.yaml");
        assertEquals("f.yaml:1:4: yaml-encoding: is not UTF-8 text (byte 3 cannot be decoded) (fix: save the file as"
                + " UTF-8)", onlyProblem(d));
        YamlDocument latin1 = new SafeYamlReader().read("a: café\n".getBytes(StandardCharsets.ISO_8859_1), "f.yaml");
        assertEquals("f.yaml:1:7: yaml-encoding: is not UTF-8 text (byte 6 cannot be decoded) (fix: save the file as"
                + " UTF-8)", onlyProblem(latin1));
    }

    @Test
    void nul() {
        assertEquals("f.yaml:1:5: yaml-encoding: contains NUL characters: a binary file, not YAML (fix: name a YAML"
                + " file)", onlyProblem(read("a: b\0\n")));
    }

    @Test
    void emptyFileAndCommentsOnly() {
        String expected = "f.yaml:1:1: yaml-empty: the file is empty (fix: write the YAML content, starting with a"
                + " mapping)";
        assertEquals(expected, onlyProblem(read("")));
        assertEquals(expected, onlyProblem(read("# only a comment\n\n")));
    }

    @Test
    void moreThanOneDocument() {
        assertEquals("f.yaml:3:1: yaml-syntax: more than one YAML document in the file (fix: keep one document;"
                + " remove the '---' separator)", onlyProblem(read("a: 1\n---\nb: 2\n")));
        assertEquals("{a=1}", root("---\na: 1\n").toPlain().toString(), "one document with a start marker is fine");
    }

    @Test
    void tabs() {
        assertEquals("f.yaml:2:1: yaml-syntax: found character '\\t(TAB)' that cannot start any token. (Do not use"
                + " \\t(TAB) for indentation) (while scanning for the next token) (fix: indent with spaces, not tabs)",
                onlyProblem(read("a:\n\tb: 1\n")));
    }

    /** Each of these SnakeYAML reads and PyYAML 6.0 refuses, at the tab ("found character '\t' …"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a: value<T><N>b: 1<N>    | 1:9",
        "a: value <T><N>b: 1<N>   | 1:10",
        "a: value<T># c<N>        | 1:9",
        "a: x<T>y<N>              | 1:5",
        "port: 8321<T><N>         | 1:11",
        "- x<T><N>                | 1:4",
        "a: v<T>                 | 1:5",
        "a: x<N>  y<T><N>           | 2:4",
        "a: {b: x<T>}<N>          | 1:9",
    })
    void aTabPyYamlRefusesIsASyntaxError(String yaml, String at) {
        String text = yaml.strip().replace("<T>", "\t").replace("<N>", "\n");
        String line = onlyProblem(read(text));
        assertTrue(line.startsWith("f.yaml:" + at + ": yaml-syntax: a tab outside quotes, block scalars and"
                + " comments: PyYAML, which the stack reads it with, refuses it"), line);
        assertTrue(line.endsWith("(fix: replace the tab by spaces (or delete it), or quote the value that contains"
                + " it)"), line);
    }

    @Test
    void tabsInQuotesBlockScalarsAndCommentsAreFine() {
        assertEquals("{a=x\ty, b=v\tw, c=x\t\n, d=v}", root("a: 'x\ty'\nb: \"v\tw\"\nc: |\n  x\t\nd: v # c\tc\n")
                .toPlain().toString());
        assertEquals("{a=b#\tc}", root("a: 'b#\tc'\n").toPlain().toString());
    }

    @Test
    void syntaxErrorsPointAtTheirPosition() {
        assertEquals("f.yaml:1:5: yaml-syntax: mapping values are not allowed here (fix: quote the value, or put a"
                + " space after the key's colon and fix the indentation)", onlyProblem(read("a: b: c\n")));
        assertEquals("f.yaml:2:1: yaml-syntax: expected ',' or ']', but got <stream end> (while parsing a flow"
                + " sequence) (fix: fix the YAML syntax at this position)", onlyProblem(read("a: [1, 2\n")));
    }

    @Test
    void aListAsAKeyIsAnError() {
        YamlDocument d = read("? [a, b]\n: 1\n");
        assertEquals(List.of("f.yaml:1:3: yaml-syntax: a mapping key must be a plain value, not a list (fix: use a"
                + " string key)"), d.problems().stream().map(Problem::oneLine).toList());
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertEquals("{a=1}", root("\uFEFFa: 1\n").toPlain().toString());
    }

    @Test
    void filesThatAreNotThere(@TempDir Path dir) {
        assertEquals("gone.yaml: file-unreadable: no such file (fix: check the path)",
                onlyProblem(new SafeYamlReader().read(dir.resolve("gone.yaml"), "gone.yaml")));
        assertEquals("d: file-unreadable: is a directory, not a file (fix: name a file)",
                onlyProblem(new SafeYamlReader().read(dir, "d")));
    }
}

package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The fast reader agrees with tomlj wherever it answers, answers for the files the plugin meets (so the common
 * edit needs no tomlj), and leaves everything else, malformed TOML above all, to tomlj.
 */
class SimpleTomlTest {

    static Stream<Path> tomlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return files.filter(p -> p.toString().endsWith(".toml")).sorted().toList().stream();
        }
    }

    /** tomlj's reading of a valid text, in the plain form the edit uses. */
    private static Map<String, Object> tomlj(String text) {
        TomlParseResult toml = Toml.parse(text);
        assertFalse(toml.hasErrors(), () -> "tomlj refuses it: " + toml.errors() + "\n" + text);
        return PlainToml.of(toml, text);
    }

    @ParameterizedTest
    @MethodSource("tomlFiles")
    void readsEveryPyprojectOfTheTestsAsTomljDoes(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Object> simple = SimpleToml.parse(text);
        assertNotNull(simple, () -> file + " is not read by the fast reader");
        assertEquals(tomlj(text), simple);
    }

    /** RandomLayoutTest's documents (multi-line strings and a date in each: tomlj reads them), with single-line strings. */
    @Test
    void randomLayoutsAreReadAsTomljReadsThem() {
        for (long seed = 1000; seed < 1300; seed++) {
            Random rnd = new Random(seed);
            String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
            String full = new RandomLayoutTest.LayoutGenerator(rnd, eol).document();
            assertNull(SimpleToml.parse(full));
            String text = full.replace("'" + "''multi" + eol + "[dependency-groups]" + eol + "line''" + "'", "'multi'")
                    .replace("\"\"\"x\"\"\"", "\"x\"").replace("1979-05-27 07:32:00Z", "\"1979-05-27\"");
            Map<String, Object> simple = SimpleToml.parse(text);
            long s = seed;
            assertNotNull(simple, () -> "seed " + s + ":\n" + text);
            assertEquals(tomlj(text), simple, () -> "seed " + s + ":\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a = \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\U0001F600\"\nb = 'C:\\x'\n",
        "n = [0, -1, +2, 1_000, 3.5, -0.25e-3, 6E+2, true, false]\n",
        "[a.b]\nx = 1\n[a]\ny = 2\n[a.c]\n",
        "[[t]]\nx = 1\n[t.sub]\ny = 2\n[[t]]\nx = 3\n",
        "[ \"quoted key\" . 'lit' ]\nk = { a = 1, b = [1,\n  2], c = {} }\n",
        "x = [] # comment\r\n# é comment\r\ny = [\r\n  # inside\r\n  'a',\r\n]",
        "",
    })
    void readsTheSimpleShape(String text) {
        assertEquals(tomlj(text), SimpleToml.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a = \"\"\"multi\nline\"\"\"\n", "a = '''lit'''\n", "d = 1979-05-27\n", "h = 0xff\n", "i = inf\n",
        "a.b = 1\n", "x = { a.b = 1 }\n", "\"\" = 1\n", "x = { a = 1, }\n", "x = { a = 1\n}\n",
    })
    void leavesValidButUnusualTomlToTomlj(String text) {
        tomlj(text);
        assertNull(SimpleToml.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a]\nx = 1\n[a]\n", "x = 1\nx = 2\n", "x = 1\n[x]\n", "[[a]]\n[a]\n", "[a]\n[[a]]\n", "x = {a = 1}\n[x.b]\n",
        "x = [1,]2\n", "x = [,]\n", "big = 99999999999999999999\n", "x = \"open\n", "x = 'a\nb'\n", "x = 01\n", "x = 1.\n",
        "x = 1 y = 2\n", "x = \"\\q\"\n", "x = \"\\uD800\"\n", "x = \"a\u0001\"\n", "[a\n", "x\n", "x = \n",
        "a = 1\rb = 2\n", "# \u0000\n", "x = [ \"a\" \"b\" ]\n",
    })
    void leavesMalformedTomlToTomlj(String text) {
        assertTrue(Toml.parse(text).hasErrors(), () -> "tomlj accepts " + text);
        assertNull(SimpleToml.parse(text));
    }

    @Test
    void malformedFilesStillGetTomljsPositionedError() {
        EditResult r = new PyprojectEditor("pyproject.toml").edit("[dependency-groups]\nllslibdev = [\n  \"a\"\n  \"b\",\n]\n",
                new DependencyGroup("llslibdev", List.of(), List.of(), List.of(), List.of()));
        assertTrue(r.problems().stream().allMatch(p -> p.is(RuleId.PYPROJECT_SYNTAX)));
        assertEquals(4, r.problems().get(0).location().line());
        assertFalse(r.changed());
    }

    @Test
    void offsetsOfArrayElementsAreWhereTomljPutsThem() {
        String text = "[tool.uv.sources]\ntorch = [\n    { index = \"a\" },  { index = \"b\" },\n]\n";
        PlainToml.Array simple = (PlainToml.Array) PlainToml.get(SimpleToml.parse(text),
                List.of("tool", "uv", "sources", "torch"));
        PlainToml.Array tomlj = (PlainToml.Array) PlainToml.get(tomlj(text), List.of("tool", "uv", "sources", "torch"));
        assertEquals(List.of(tomlj.offset(0), tomlj.offset(1)), List.of(simple.offset(0), simple.offset(1)));
    }
}

package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlWriterTest {

    /** A risky string and exactly how it is written after {@code k: }. */
    static Stream<Arguments> riskyStrings() {
        return Stream.of(
                Arguments.of("yes", "'yes'"),
                Arguments.of("No", "'No'"),
                Arguments.of("on", "'on'"),
                Arguments.of("true", "'true'"),
                Arguments.of("null", "'null'"),
                Arguments.of("~", "'~'"),
                Arguments.of("123", "'123'"),
                Arguments.of("1e3", "'1e3'"),
                Arguments.of("0x1F", "'0x1F'"),
                Arguments.of("1_000", "'1_000'"),
                Arguments.of("1:30", "'1:30'"),
                Arguments.of(".inf", "'.inf'"),
                Arguments.of("2001-12-14", "'2001-12-14'"),
                Arguments.of("a: b", "'a: b'"),
                Arguments.of("key:", "'key:'"),
                Arguments.of("a #b", "'a #b'"),
                Arguments.of("#c", "'#c'"),
                Arguments.of("- x", "'- x'"),
                Arguments.of("-", "'-'"),
                Arguments.of("---", "'---'"),
                Arguments.of("...", "'...'"),
                Arguments.of("*x", "'*x'"),
                Arguments.of("&x", "'&x'"),
                Arguments.of("!x", "'!x'"),
                Arguments.of("%x", "'%x'"),
                Arguments.of("@x", "'@x'"),
                Arguments.of("`x", "'`x'"),
                Arguments.of("|x", "'|x'"),
                Arguments.of(">x", "'>x'"),
                Arguments.of("[x]", "'[x]'"),
                Arguments.of("{x}", "'{x}'"),
                Arguments.of(",x", "',x'"),
                Arguments.of("<<", "'<<'"),
                Arguments.of("'q'", "'''q'''"),
                Arguments.of("\"d\"", "'\"d\"'"),
                Arguments.of("", "''"),
                Arguments.of(" leading", "' leading'"),
                Arguments.of("trailing ", "'trailing '"),
                Arguments.of("two\nlines", "\"two\\nlines\""),
                Arguments.of("tab\there", "\"tab\\there\""),
                Arguments.of("zero\u200Bwidth", "\"zero\\u200bwidth\""),
                Arguments.of("\uFEFFbom", "\"\\ufeffbom\""),
                Arguments.of("bell\u0007", "\"bell\\a\""),
                Arguments.of("nul\u0000", "\"nul\\0\""),
                Arguments.of("\u0085nel", "\"\\Nnel\""),
                Arguments.of("back\\slash\n", "\"back\\\\slash\\n\""),
                // non-ASCII is escaped, as PyYAML's safe_dump does by default
                Arguments.of("ü", "\"\\xfc\""),
                Arguments.of("\uD83D\uDE00", "\"\\U0001f600\""),
                // plain when that reads back the same
                Arguments.of("-x", "-x"),
                Arguments.of("?x", "?x"),
                Arguments.of("x,y", "x,y"),
                Arguments.of("a'b", "a'b"),
                Arguments.of("a\\b", "a\\b"),
                Arguments.of("${env.X:=}", "${env.X:=}"),
                Arguments.of("http://h:8321/v1", "http://h:8321/v1"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("riskyStrings")
    void riskyStringsAreQuotedAndReadBackUnchanged(String value, String written) {
        Map<String, Object> doc = Map.of("k", value);
        String yaml = YamlWriter.write(doc);
        assertEquals("k: " + written + "\n", yaml);
        YamlDocument back = new SafeYamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), "w.yaml");
        assertEquals(List.of(), back.problems());
        assertEquals(doc, back.root().orElseThrow().toPlain());
    }

    @Test
    void riskyKeysAreQuotedToo() {
        assertEquals("'yes': 'no'\n'123': x\n", YamlWriter.write(ordered("yes", "no", "123", "x")));
    }

    @Test
    void numbersBooleansNullAndEmptyCollections() {
        Map<String, Object> m = ordered("i", 5, "l", 5_000_000_000L, "d", 1.5, "whole", 2.0, "big", 1e20,
                "small", 1e-7, "nan", Double.NaN, "inf", Double.NEGATIVE_INFINITY, "t", true, "n", null,
                "em", Map.of(), "el", List.of());
        String yaml = YamlWriter.write(m);
        assertEquals("i: 5\nl: 5000000000\nd: 1.5\nwhole: 2.0\nbig: 1.0e+20\nsmall: 1.0e-7\nnan: .nan\ninf: -.inf\n"
                + "t: true\nn: null\nem: {}\nel: []\n", yaml);
        Map<?, ?> back = (Map<?, ?>) new SafeYamlReader().readText(yaml, "w").root().orElseThrow().toPlain();
        assertEquals(5L, back.get("i"));
        assertEquals(2.0, back.get("whole"));
        assertEquals(1e20, back.get("big"));
        assertEquals(1e-7, back.get("small"));
        assertEquals(Double.NaN, back.get("nan"));
        assertEquals(Map.of(), back.get("em"));
        assertEquals(List.of(), back.get("el"));
    }

    @Test
    void nestedListsAndMaps() {
        Map<String, Object> m = ordered("nested", List.of(List.of(1, 2), List.of(), Map.of("a", List.of("x")),
                List.of(Map.of("b", 1))), "map", ordered("x", List.of(1), "y", ordered("z", "w")));
        String yaml = YamlWriter.write(m);
        assertEquals("nested:\n- - 1\n  - 2\n- []\n- a:\n  - x\n- - b: 1\nmap:\n  x:\n  - 1\n  y:\n    z: w\n",
                yaml);
        assertEquals(m.toString(), new SafeYamlReader().readText(yaml, "w").root().orElseThrow().toPlain()
                .toString(), "the same values (ints read back as longs)");
    }

    @Test
    void emptyAndTopLevelListDocuments() {
        assertEquals("{}\n", YamlWriter.write(Map.of()));
        assertEquals("[]\n", YamlWriter.write(List.of()));
        assertEquals("- 1\n- a\n", YamlWriter.write(List.of(1, "a")));
    }

    @Test
    void keyOrderIsTheMapsOrder() {
        assertEquals("z: 1\na: 2\nm: 3\n", YamlWriter.write(ordered("z", 1, "a", 2, "m", 3)));
    }

    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

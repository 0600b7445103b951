package dev.lightspeed.stack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lightspeed.stack.problem.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What StackGenerator relies on when it checks the generated document in memory instead of reading run.yaml back:
 * for every generated run.yaml in the goldens and examples, the tree built from the plain values
 * ({@link YNodes#fromPlain}) has the same values and YAML types as the tree read back from {@link YamlWriter}'s text.
 */
class YamlRoundTripTest {

    @Test
    void plainTreeEqualsReadBackTreeForEveryGeneratedRunYaml() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources/golden/generate")),
                Files.walk(Path.of("it")))) {
            files = s.filter(p -> p.getFileName().toString().equals("run.yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        SafeYamlReader reader = new SafeYamlReader();
        for (Path f : files) {
            Object plain = reader.read(f, f.toString()).root().orElseThrow().toPlain();
            String written = YamlWriter.write(plain);
            YNode readBack = reader.readText(written, "x").root().orElseThrow();
            YNode inMemory = YNodes.fromPlain(plain, Location.of("x"));
            assertEquals(shape(readBack), shape(inMemory), f.toString());
            assertEquals(readBack.toPlain(), inMemory.toPlain(), f.toString());
        }
    }

    @Test
    void typesThatLookAlikeStayApart() {
        List<Object> tricky = List.of("8321", 8321L, "true", true, "null", "1.5", 1.5, "${env.X:=}", "", "- a",
                "a: b", "#x", "0o17", "yes", "~");
        YNode readBack = new SafeYamlReader().readText(YamlWriter.write(tricky), "x").root().orElseThrow();
        assertEquals(shape(YNodes.fromPlain(tricky, Location.of("x"))), shape(readBack));
    }

    /** Every node's kind and value, without locations. */
    private static String shape(YNode n) {
        if (n instanceof YMap m) {
            return m.entries().values().stream().map(e -> e.key() + "=" + shape(e.value()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (n instanceof YSeq s) {
            return s.items().stream().map(YamlRoundTripTest::shape).collect(Collectors.joining(",", "[", "]"));
        }
        YScalar sc = (YScalar) n;
        return sc.kind() + ":" + sc.toPlain();
    }
}

package dev.lightspeed.stack.lcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For LCS's example configurations and cases taken from its synthesizer's unit tests
 * ({@code src/test/resources/lcs/synthesis/<case>/lightspeed-stack.yaml} and the files it names), the run
 * configuration we synthesize equals, as YAML data, the one LCS's own code produced
 * ({@code expected-run.yaml}, written by {@code src/test/resources/lcs/generator/gen.py} running
 * {@code llama_stack_configuration.py} at the pinned LCS commit); where LCS's code raises
 * ({@code expected-error.txt}) ours refuses at a line of the operator's file.
 */
class LcsSynthesisDataTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestFiles.resource("lcs/synthesis"))) {
            return s.filter(p -> Files.exists(p.resolve("lightspeed-stack.yaml"))).map(p -> p.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void synthesizedEqualsLcs(String name) {
        Path dir = TestFiles.resource("lcs/synthesis/" + name);
        SafeYamlReader reader = new SafeYamlReader();
        YMap lcs = (YMap) reader.read(dir.resolve("lightspeed-stack.yaml"), name + "/lightspeed-stack.yaml").root()
                .orElseThrow();
        LcsSynthesizer synthesizer = new LcsSynthesizer(LcsBaselines.forRelease("1.0.2").orElseThrow(),
                reader::read);
        LcsSynthesizer.Mode as = LcsSynthesizer.mode(lcs) == LcsSynthesizer.Mode.LEGACY ? LcsSynthesizer.Mode.LEGACY
                : LcsSynthesizer.Mode.UNIFIED;
        LcsSynthesizer.Result r = synthesizer.synthesize(lcs, dir, name + "/lightspeed-stack.yaml", as, as);
        if (Files.exists(dir.resolve("expected-error.txt"))) {
            assertTrue(r.run().isEmpty(), "LCS's synthesis raises here; ours must refuse too");
            assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.location().line() > 0
                    && (p.rule().equals("lcs-synthesis-fails") || p.rule().equals("lcs-profile"))),
                    () -> r.problems().toString());
            return;
        }
        assertTrue(r.problems().isEmpty(), () -> r.problems().toString());
        Object expected = reader.read(dir.resolve("expected-run.yaml"), "expected").root().orElseThrow().toPlain();
        assertEquals(expected, r.run().orElseThrow().toPlain());
    }
}

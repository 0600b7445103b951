package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.runyaml.ValidateRequest;
import dev.lightspeed.stack.runyaml.ValidateRun;
import dev.lightspeed.stack.runyaml.ValidateRunner;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} on each case's lightspeed-stack.yaml, under both policies: the log lines (problems at the
 * operator's lines, OGX's verdict on the synthesis) kept as golden files {@code verdict-<policy>.txt} beside the case
 * ({@code -Dgolden.update=true} rewrites them). The cases where LCS's own code raises must fail.
 */
class LcsVerdictTest {

    static Stream<String> cases() throws IOException {
        return LcsSynthesisDataTest.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void lcsPolicy(String name) throws IOException {
        verdict(name, "lcs");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void llamaStackPolicy(String name) throws IOException {
        verdict(name, "llama-stack");
    }

    private static void verdict(String name, String policy) throws IOException {
        Path dir = TestFiles.resource("lcs/synthesis/" + name);
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(dir, List.of("lightspeed-stack.yaml"), null,
                policy, List.of()));
        String text = run.lines().stream().map(l -> l.level() + " " + l.text()).collect(Collectors.joining("\n"))
                + "\n";
        if (java.nio.file.Files.exists(dir.resolve("expected-error.txt")) && !run.hasErrors()) {
            throw new AssertionError("LCS's synthesis raises for " + name + " but validate passes:\n" + text);
        }
        TestFiles.assertGolden(TestFiles.sourceResource("lcs/synthesis/" + name), dir.resolve("verdict-" + policy
                + ".txt"), "verdict-" + policy + ".txt", text);
    }

}

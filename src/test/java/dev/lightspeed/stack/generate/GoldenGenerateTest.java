package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden directories under {@code src/test/resources/golden/generate/<case>/}: {@code stack.yaml} → exactly
 * {@code expected/run.yaml} (byte for byte) and, when there are warnings or notes, {@code expected/problems.txt};
 * for a failing case exactly {@code expected/problems.txt} (one problem per line as the build log shows it). A case
 * named {@code fail-<release>-<rule-id>} must fail with an error of that rule. {@code -Dgolden.update=true} rewrites
 * the expected files.
 */
class GoldenGenerateTest {

    private static final java.util.regex.Pattern RULE_CASE = java.util.regex.Pattern.compile(
            "fail-[0-9]+\\.[0-9]+\\.[0-9]+-([a-z0-9-]+)");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.resource("golden/generate"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static GenerateResult run(Path dir) throws IOException {
        byte[] decl = Files.readAllBytes(dir.resolve("stack.yaml"));
        return new StackGenerator().generate(new GenerateRequest(decl, "stack.yaml", null, List.of(),
                Paths.get("out"), false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatesExactlyTheGoldenFiles(String name) throws IOException {
        Path dir = TestFiles.resource("golden/generate/" + name);
        GenerateResult result = run(dir);
        String problems = result.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        Path source = TestFiles.sourceResource("golden/generate/" + name + "/expected");
        java.util.regex.Matcher rule = RULE_CASE.matcher(name);
        if (rule.matches()) {
            assertTrue(result.problems().stream().anyMatch(p -> p.isError() && p.rule().equals(rule.group(1))),
                    name + ": no error of rule " + rule.group(1) + ": " + problems);
        }
        if (result.hasErrors()) {
            TestFiles.assertGolden(source, dir.resolve("expected/problems.txt"), "problems.txt", problems + "\n");
            assertTrue(result.outputs().isEmpty(), "nothing is written when there are errors");
            return;
        }
        if (!result.problems().isEmpty() || Files.exists(dir.resolve("expected/problems.txt"))) {
            TestFiles.assertGolden(source, dir.resolve("expected/problems.txt"), "problems.txt", problems + "\n");
        }
        Output runYaml = result.outputs().get(0);
        TestFiles.assertGolden(source, dir.resolve("expected/run.yaml"), "run.yaml", new String(runYaml.bytes(),
                StandardCharsets.UTF_8));
    }

    static List<String> names() throws IOException {
        return cases().toList();
    }
}

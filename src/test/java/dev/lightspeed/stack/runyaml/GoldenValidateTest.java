package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden failure cases of {@code validate}: {@code src/test/resources/validate/golden/<case>/run.yaml} → exactly
 * {@code expected/problems.txt} (every problem of the file, one per line as the build log shows it). The file's first
 * line says how it is checked: {@code # -Dlightspeed.llamaStack=1.0.2 -Dlightspeed.policy=lcs: <what it shows>}. A
 * case named {@code fail-<release>-<rule-id>} must fail with an error of that rule. {@code -Dgolden.update=true}
 * rewrites the expected files.
 */
class GoldenValidateTest {

    private static final Pattern HOW = Pattern.compile(
            "# -Dlightspeed\\.llamaStack=(\\S+) -Dlightspeed\\.policy=([a-z-]+):");
    private static final Pattern NAME = Pattern.compile("fail-[0-9.]+-([a-z0-9-]+)");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.resource("validate/golden"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failsWithExactlyTheGoldenProblems(String name) throws IOException {
        Path dir = TestFiles.resource("validate/golden/" + name);
        Matcher how = HOW.matcher(Files.readString(dir.resolve("run.yaml")));
        assertTrue(how.lookingAt(), name + ": the first line must say how the file is checked");
        FileResult r = new ValidateRunner().run(new ValidateRequest(dir, List.of("run.yaml"), how.group(1),
                how.group(2), List.of())).files().get(0);
        String problems = r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(!r.ok(), name + " is a failure case, and passes: " + problems);
        Matcher rule = NAME.matcher(name);
        if (rule.matches()) {
            assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.rule().equals(rule.group(1))),
                    name + ": no error of rule " + rule.group(1) + ": " + problems);
        }
        TestFiles.assertGolden(TestFiles.sourceResource("validate/golden/" + name + "/expected"),
                dir.resolve("expected/problems.txt"), "problems.txt", problems + "\n");
    }
}

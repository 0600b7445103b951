package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * generate and validate agree: every run.yaml that generate wrote (the golden files of the examples and of the
 * passing generate cases) is accepted by validate under llama-stack's own policy, and under the LCS policy it has
 * no error but the unsupported providers its declaration allowed.
 */
class GeneratedFilesValidateTest {

    static Stream<Path> generated() throws IOException {
        try (Stream<Path> files = Files.walk(TestFiles.resource("golden"))) {
            return files.filter(p -> p.getFileName().toString().equals("run.yaml")).sorted().toList().stream();
        }
    }

    private static List<String> errors(Path file, String policy) throws java.io.IOException {
        ValidateRun run = new ValidateRunner().run(new ValidateRequest(file.getParent(),
                List.of(file.getFileName().toString()), TestFiles.generatedRelease(file), policy, List.of()));
        return run.files().stream().flatMap(f -> f.problems().stream()).filter(Problem::isError)
                .map(Problem::oneLine).toList();
    }

    @ParameterizedTest
    @MethodSource("generated")
    void llamaStackAcceptsEveryGeneratedFile(Path file) throws java.io.IOException {
        assertEquals(List.of(), errors(file, "llama-stack"), file.toString());
    }

    @ParameterizedTest
    @MethodSource("generated")
    void theLcsPolicyFindsOnlyTheAllowedExceptions(Path file) throws java.io.IOException {
        List<String> others = errors(file, "lcs").stream().filter(e -> !e.contains(": provider-unsupported: "))
                .toList();
        assertEquals(List.of(), others, file.toString());
    }
}

package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy {@code llama-stack} against each release's own start-up verdict (llama-stack 0.2.22 to 0.6.0, OGX 1.0.2),
 * one small run.yaml per case:
 * {@code validate/agreement/<release>/accept-*.yaml} must pass, {@code reject-*.yaml} must fail. The first comment
 * line of each file says what llama-stack does there (file and function in its source). The single-edit variants of
 * the real configurations ({@code real-configs/llama-stack-0.3.5/variants/}) follow the same naming.
 */
class AgreementTest {

    /** One directory per release under {@code validate/agreement/}, named after it. */
    static Stream<Arguments> cases() throws IOException {
        List<String> releases;
        try (Stream<Path> dirs = Files.list(TestFiles.resource("validate/agreement"))) {
            releases = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        return Stream.concat(releases.stream().map(r -> {
            try {
                return cases("validate/agreement/" + r, r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).flatMap(s -> s), cases("real-configs/llama-stack-0.3.5/variants", "0.3.5"));
    }

    private static Stream<Arguments> cases(String resource, String release) throws IOException {
        Path dir = TestFiles.resource(resource);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            assertTrue(!files.isEmpty(), "no cases in " + dir);
            return files.stream().map(f -> Arguments.of(release, resource + "/" + f.getFileName(), f));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void sameVerdictAsLlamaStack(String release, String name, Path file) {
        String fileName = file.getFileName().toString();
        boolean accept = fileName.startsWith("accept-");
        assertTrue(accept || fileName.startsWith("reject-"), "case name must start with accept- or reject-: " + name);
        FileResult r = new ValidateRunner().run(new ValidateRequest(file.getParent(), List.of(fileName), release,
                "llama-stack", List.of())).files().get(0);
        assertEquals(accept, r.ok(), () -> name + ": expected " + (accept ? "accept" : "reject") + ", got "
                + r.verdict() + " " + r.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
    }
}

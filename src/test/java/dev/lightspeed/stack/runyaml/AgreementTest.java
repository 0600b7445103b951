package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Policy {@code llama-stack} against llama-stack's own start-up verdict, one small run.yaml per case:
 * {@code validate/agreement/<release>/accept-*.yaml} must pass, {@code reject-*.yaml} must fail. The first comment
 * line of each file says what llama-stack does there (file and function in its source). The single-edit variants of
 * the real configurations ({@code real-configs/llama-stack-0.3.5/variants/}) follow the same naming.
 */
class AgreementTest {

    private static List<String> mismatches(Path dir, String release) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no cases in " + dir);
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean accept = name.startsWith("accept-");
            assertTrue(accept || name.startsWith("reject-"), "case name must start with accept- or reject-: " + name);
            FileResult r = new ValidateRunner().run(new ValidateRequest(dir, List.of(name), release, "llama-stack",
                    List.of())).files().get(0);
            if (r.ok() != accept) {
                out.add(release + "/" + name + ": expected " + (accept ? "accept" : "reject") + ", got "
                        + r.verdict() + " " + r.problems().stream().filter(Problem::isError)
                        .map(Problem::toString).toList());
            }
        }
        return out;
    }

    @Test
    void release035() throws IOException {
        List<String> bad = mismatches(TestFiles.resource("validate/agreement/0.3.5"), "0.3.5");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void release0222() throws IOException {
        List<String> bad = mismatches(TestFiles.resource("validate/agreement/0.2.22"), "0.2.22");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void realConfigVariants() throws IOException {
        List<String> bad = mismatches(TestFiles.resource("real-configs/llama-stack-0.3.5/variants"), "0.3.5");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}

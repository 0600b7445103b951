package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Special files and the messages of issue 14 through {@code validate}: a FIFO does not block, {@code /dev/zero} does
 * not fill the heap, and deep nesting, control characters and an unterminated quote are reported at line:column.
 * The timeout is a hang guard, not a benchmark.
 */
class HostileValidateTest {

    @TempDir
    Path tmp;

    private Problem first(String name) {
        ValidateRun run = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> new ValidateRunner()
                .run(new ValidateRequest(tmp, List.of(name), "0.3.5", "lcs", List.of())));
        FileResult f = run.files().get(0);
        Problem p = f.problems().get(0);
        assertTrue(p.isError() && !p.rule().equals("internal-error") && !p.fix().isBlank(), p.toString());
        return p;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Process p = new ProcessBuilder("mkfifo", tmp.resolve("run.yaml").toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo");
        assertEquals("run.yaml: file-unreadable: is a named pipe (FIFO), not a regular file; only regular files are"
                + " read (fix: name a regular file)", first("run.yaml").oneLine());
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Files.createSymbolicLink(tmp.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertTrue(first("zero.yaml").message().startsWith("is a character device"));
    }

    @Test
    void nestingBeyondTheLimitHasALineAndColumn() throws IOException {
        write("deep.yaml", "image_name: x\na: " + "[".repeat(100) + "]".repeat(100) + "\n");
        Problem p = first("deep.yaml");
        assertEquals("yaml-limit", p.rule());
        assertEquals("deep.yaml:2:67", p.location().toString(), p.toString()); // the 65th collection, the map counted
    }

    @Test
    void aControlCharacterHasALineAndColumn() throws IOException {
        write("ctl.yaml", "image_name: x\nproviders:\n  inference: [a\u0007b]\n");
        Problem p = first("ctl.yaml");
        assertEquals("ctl.yaml:3:16", p.location().toString(), p.toString());
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItStarts() throws IOException {
        write("quote.yaml", "image_name: x\nproviders:\n  inference: \"abc\n\nother: 1\n");
        Problem p = first("quote.yaml");
        assertEquals("quote.yaml:3:14", p.location().toString(), p.toString());
    }
}

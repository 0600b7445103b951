package dev.lightspeed.stack.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output is compared with the inputs as paths really lead: links resolved, relative forms alike. */
class OwnInputsTest {

    @TempDir
    Path dir;

    @Test
    void theSameFileUnderAnotherNameOrThroughALinkIsAnInput() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), "providers: []\n");
        Path link = Files.createSymbolicLink(dir.resolve("sub-link"), dir);
        OwnInputs inputs = new OwnInputs().add(decl, "stack.yaml").addAll(List.of(dir.resolve("c.yaml")));

        Problem p = inputs.check(link.resolve("stack.yaml"), "run.yaml", "move it").orElseThrow();
        assertEquals("error stack.yaml: output-is-input: the run.yaml would be written over stack.yaml, an input of"
                + " this goal (" + link.resolve("stack.yaml") + ") (fix: move it)", p.toString());
        assertTrue(inputs.check(dir.resolve("x/../stack.yaml"), "run.yaml", "").isPresent());
        assertTrue(inputs.check(dir.resolve("c.yaml"), "run.yaml", "").isPresent(), "a file that does not exist yet");
        assertTrue(inputs.check(dir.resolve("run.yaml"), "run.yaml", "").isEmpty());
    }
}

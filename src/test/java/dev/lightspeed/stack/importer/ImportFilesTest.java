package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file side of the import: overwrite protection, unreadable inputs, the pyproject group, an unknown release. */
class ImportFilesTest {

    @TempDir
    Path dir;

    private static Path real(String name) {
        return TestFiles.resource("real-configs/llama-stack-0.3.5/" + name);
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path decl = dir.resolve("stack.yaml");
        Files.writeString(decl, "mine");
        ImportFiles r = ImportFiles.run(real("lcs-run.yaml"), "lcs-run.yaml", null, decl, "stack.yaml", null, null,
                false);
        assertTrue(r.output().isEmpty());
        assertEquals("import-exists", r.result().problems().get(0).rule());
        assertTrue(r.result().problems().get(0).fix().contains("-Dlightspeed.force=true"));
        assertTrue(ImportFiles.run(real("lcs-run.yaml"), "lcs-run.yaml", null, decl, "stack.yaml", null, null, true)
                .output().isPresent());
    }

    @Test
    void missingSourceIsAClearError() {
        ImportFiles r = ImportFiles.run(dir.resolve("nope.yaml"), "nope.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                null, null, false);
        assertTrue(r.output().isEmpty());
        assertEquals("error import-file: nope.yaml: no such file (fix: check the path)",
                r.result().problems().get(0).toString());
    }

    @Test
    void unknownTargetRelease() {
        ImportFiles r = ImportFiles.run(real("lcs-run.yaml"), "lcs-run.yaml", "0.3.6", dir.resolve("s.yaml"),
                "s.yaml", null, null, false);
        assertTrue(r.output().isEmpty());
        assertTrue(r.result().problems().get(0).oneLine().contains("did you mean 0.3.5?"));
    }

    @Test
    void pyprojectGroupBecomesDependencies() {
        ImportFiles r = ImportFiles.run(real("lcs-run.yaml"), "lcs-run.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                TestFiles.resource("real-configs/pyproject/lcs-4ceb0519-pyproject.toml"), "pyproject.toml", false);
        String text = new String(r.output().orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("dependencies:\n  constraints:\n"), text);
        assertTrue(text.contains("    torch: ==2.9.0\n"), text);
        assertTrue(text.contains("  exclude:\n"), text);
        assertFalse(r.result().hasErrors());
    }

    @Test
    void pyprojectWithoutGroupIsAWarning() {
        ImportFiles r = ImportFiles.run(real("lcs-run.yaml"), "lcs-run.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                TestFiles.resource("real-configs/pyproject/llama-stack-0.3.5-pyproject.toml"), "pyproject.toml",
                false);
        assertTrue(r.output().isPresent());
        assertTrue(r.result().problems().stream().map(Problem::toString).anyMatch(s -> s.startsWith(
                "warning pyproject.toml: import-pyproject: has no [dependency-groups] llslibdev group")));
    }
}

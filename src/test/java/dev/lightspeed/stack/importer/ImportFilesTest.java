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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file side of the import: overwrite protection, unreadable inputs, the pyproject group, an unknown release. */
class ImportFilesTest {

    @TempDir
    Path dir;

    private static Path real(String name) {
        return TestFiles.resource("real-configs/llama-stack-0.3.5/" + name);
    }

    /** The eight fields of the request, in order. */
    private static ImportFiles run(Path from, String fromName, String release, Path declaration,
            String declarationName, Path pyproject, String pyprojectName, boolean force) {
        return ImportFiles.run(new ImportFilesRequest(from, fromName, release, declaration, declarationName, pyproject,
                pyprojectName, force));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path decl = dir.resolve("stack.yaml");
        Files.writeString(decl, "mine");
        ImportFiles r = run(real("lcs-run.yaml"), "lcs-run.yaml", null, decl, "stack.yaml", null, null,
                false);
        assertTrue(r.output().isEmpty());
        assertEquals("import-exists", r.result().problems().get(0).rule());
        assertTrue(r.result().problems().get(0).fix().contains("-Dlightspeed.force=true"));
        assertTrue(run(real("lcs-run.yaml"), "lcs-run.yaml", null, decl, "stack.yaml", null, null, true)
                .output().isPresent());
    }

    @Test
    void missingSourceIsAClearError() {
        ImportFiles r = run(dir.resolve("nope.yaml"), "nope.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                null, null, false);
        assertTrue(r.output().isEmpty());
        assertEquals("error import-file: nope.yaml: no such file (fix: check the path)",
                r.result().problems().get(0).toString());
    }

    @Test
    void noSourceAndAnExistingDeclarationAreReportedTogether() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), "mine");
        ImportFiles r = run(null, null, null, decl, "stack.yaml", null, null, false);
        assertEquals(List.of("error import-file: from: no run.yaml to import is named (fix: name it with"
                + " -Dlightspeed.from=run.yaml (or <from> in the POM))", "error stack.yaml: import-exists: stack.yaml"
                + " already exists; the import does not overwrite it (fix: import to another file with"
                + " -Dlightspeed.declaration=…, or overwrite it with -Dlightspeed.force=true)"),
                r.result().problems().stream().map(Object::toString).toList());
    }

    @Test
    void aMissingSourceIsReportedBesideAnExistingDeclaration() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), "mine");
        ImportFiles r = run(dir.resolve("nope.yaml"), "nope.yaml", null, decl, "stack.yaml", null, null, false);
        assertEquals(List.of("import-exists", "import-file"), r.result().problems().stream().map(p -> p.rule())
                .toList());
        assertEquals("mine", Files.readString(decl));
    }

    @Test
    void unknownTargetRelease() {
        ImportFiles r = run(real("lcs-run.yaml"), "lcs-run.yaml", "0.3.6", dir.resolve("s.yaml"),
                "s.yaml", null, null, false);
        assertTrue(r.output().isEmpty());
        assertTrue(r.result().problems().get(0).oneLine().contains("did you mean 0.3.5?"));
    }

    @Test
    void pyprojectGroupBecomesDependencies() {
        ImportFiles r = run(real("lcs-run.yaml"), "lcs-run.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                TestFiles.resource("real-configs/pyproject/lcs-4ceb0519-pyproject.toml"), "pyproject.toml", false);
        String text = new String(r.output().orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("dependencies:\n  constraints:\n"), text);
        assertTrue(text.contains("    torch: ==2.9.0\n"), text);
        assertTrue(text.contains("  exclude:\n"), text);
        assertFalse(r.result().hasErrors());
    }

    @Test
    void pyprojectWithoutGroupIsAWarning() {
        ImportFiles r = run(real("lcs-run.yaml"), "lcs-run.yaml", null, dir.resolve("s.yaml"), "s.yaml",
                TestFiles.resource("real-configs/pyproject/llama-stack-0.3.5-pyproject.toml"), "pyproject.toml",
                false);
        assertTrue(r.output().isPresent());
        assertTrue(r.result().problems().stream().map(Problem::toString).anyMatch(s -> s.startsWith(
                "warning pyproject.toml: import-pyproject: has no [dependency-groups] llslibdev group")));
    }

    @Test
    void neverWritesTheDeclarationOverTheSourceEvenWithForce() throws IOException {
        Path source = dir.resolve("run.yaml");
        Files.copy(real("lcs-run.yaml"), source);
        Path link = dir.resolve("stack.yaml");
        Files.createSymbolicLink(link, source);
        ImportFiles r = run(source, "run.yaml", null, link, "stack.yaml", null, null, true);
        assertTrue(r.output().isEmpty());
        assertEquals("error run.yaml: output-is-input: the declaration would be written over run.yaml, an input of"
                + " this goal (" + link + ") (fix: write the declaration to another file with"
                + " -Dlightspeed.declaration=…)", r.result().problems().get(0).toString());
    }
}

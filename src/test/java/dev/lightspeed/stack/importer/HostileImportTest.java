package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pyproject.toml whose group is not an array (or whose dependency-groups is no table), a directory: problems. */
class HostileImportTest {

    @TempDir
    Path dir;

    private ImportFiles run(Path pyproject) {
        return ImportFiles.run(new ImportFilesRequest(TestFiles.resource("real-configs/llama-stack-0.3.5/lcs-run.yaml"),
                "lcs-run.yaml", null, dir.resolve("stack.yaml"), "stack.yaml", pyproject, "pyproject.toml", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[dependency-groups]\\nllslibdev = 'x'\\n|pyproject.toml:2:1|dependency-groups.llslibdev",
        "[dependency-groups]\\nllslibdev = { a = 1 }\\n|pyproject.toml:2:1|dependency-groups.llslibdev",
        "dependency-groups = 3\\n|pyproject.toml:1:1|dependency-groups",
        "dependency-groups = [1]\\n|pyproject.toml:1:1|dependency-groups",
    })
    void aGroupOfTheWrongTypeIsAPositionedError(String toml, String where, String path) throws IOException {
        Path p = Files.writeString(dir.resolve("pyproject.toml"), toml.replace("\\n", "\n"));
        ImportFiles r = run(p);
        assertTrue(r.output().isEmpty());
        Problem e = r.result().problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("import-pyproject", e.rule(), e.toString());
        assertEquals(where, e.location().toString(), e.toString());
        assertEquals(path, e.path());
        assertTrue(e.message().startsWith(path + " must be "), e.toString());
    }

    @Test
    void aPyprojectThatIsADirectoryNamesItsPath() throws IOException {
        ImportFiles r = run(Files.createDirectory(dir.resolve("pyproject.toml")));
        assertEquals("error import-file: pyproject.toml: is a directory, not a file (fix: check the path)",
                r.result().problems().get(0).toString());
    }
}

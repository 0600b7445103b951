package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PyprojectFileTest {

    @TempDir
    Path tmp;

    @Test
    void readsBytesAndSeparator() throws IOException {
        Path file = tmp.resolve("pyproject.toml");
        Files.write(file, "[project]\r\nname = \"x\"".getBytes(StandardCharsets.UTF_8));
        PyprojectFile f = PyprojectFile.read(file);
        assertEquals("\r\n", f.lineSeparator());
        assertEquals("[project]\r\nname = \"x\"", f.text());
        assertTrue(f.isInside(tmp));
        assertFalse(f.isSymbolicLink());
        assertTrue(f.isWritable());
    }

    @Test
    void symlinkOutsideTheProject() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path outside = Files.writeString(tmp.resolve("elsewhere.toml"), "a = 1\n");
        Path link;
        try {
            link = Files.createSymbolicLink(project.resolve("pyproject.toml"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        PyprojectFile f = PyprojectFile.read(link);
        assertTrue(f.isSymbolicLink());
        assertFalse(f.isInside(project));
        assertEquals("\n", f.lineSeparator());
    }

    @Test
    void readOnly() throws IOException {
        Path file = Files.writeString(tmp.resolve("pyproject.toml"), "a = 1\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeTrue(!Files.isWritable(file), "running as a user who can write anything (root)");
        assertFalse(PyprojectFile.read(file).isWritable());
    }
}

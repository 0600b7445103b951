package dev.lightspeed.stack.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cross-process lock file of a target: one name per path, the same in every process, safe as a file name. */
class FileLocksTest {

    @Test
    void aPathHasOneLockNameSafeForAnyFileSystem() {
        Path p = Path.of("/work/a project/pyproject.toml");
        assertEquals(FileLocks.lockName(p), FileLocks.lockName(Path.of("/work/a project/pyproject.toml")));
        assertNotEquals(FileLocks.lockName(p), FileLocks.lockName(Path.of("/work/b project/pyproject.toml")));
        assertTrue(FileLocks.lockName(Path.of("/x/" + "é/".repeat(300) + "f")).matches("[0-9a-f]{1,8}-[0-9a-f]+"));
    }
}

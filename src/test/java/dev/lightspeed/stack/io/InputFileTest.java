package dev.lightspeed.stack.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded reader: regular files only, the size limit before reading. The timeout is a hang guard (a FIFO). */
class InputFileTest {

    @TempDir
    Path dir;

    private InputFileException refused(Path p, int limit) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InputFileException.class, () -> InputFile.read(p, limit)));
    }

    @Test
    void readsARegularFileAndALinkToOne() throws IOException {
        Path f = Files.write(dir.resolve("a.yaml"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, InputFile.read(f, 3));
        assertArrayEquals(new byte[] {1, 2, 3}, InputFile.read(Files.createSymbolicLink(dir.resolve("l"), f)));
        assertArrayEquals(new byte[0], InputFile.read(Files.write(dir.resolve("e"), new byte[0])));
    }

    @Test
    void saysWhatAPathIsWhenItIsNoRegularFile() throws Exception {
        assertEquals("no such file", refused(dir.resolve("gone"), 10).reason());
        assertNull(InputFile.readIfExists(dir.resolve("gone")));
        assertEquals(InputFileException.Kind.DIRECTORY, refused(dir, 10).kind());
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals("is a character device, not a regular file; only regular files are read",
                refused(Path.of("/dev/zero"), 10).reason());
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        InputFileException e = refused(fifo, 10);
        assertEquals(InputFileException.Kind.SPECIAL, e.kind());
        assertEquals("is a named pipe (FIFO), not a regular file; only regular files are read", e.reason());
        assertThrows(InputFileException.class, () -> InputFile.readIfExists(fifo));
    }

    @Test
    void theSizeLimitIsCheckedBeforeReading() throws IOException {
        Path big = dir.resolve("big");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 40); // sparse: a terabyte that is never read
        }
        InputFileException e = refused(big, InputFile.DEFAULT_LIMIT);
        assertEquals(InputFileException.Kind.TOO_LARGE, e.kind());
        assertEquals("is 1099511627776 bytes, more than the limit of 4194304 bytes", e.reason());
        assertEquals(3, InputFile.read(Files.write(dir.resolve("three"), new byte[3]), 3).length);
        assertEquals(InputFileException.Kind.TOO_LARGE, refused(dir.resolve("three"), 2).kind());
    }
}

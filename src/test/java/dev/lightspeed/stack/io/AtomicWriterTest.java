package dev.lightspeed.stack.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsParentsAndAPrivateFileWithMode0600() throws IOException {
        Path f = dir.resolve("a/b/run.yaml");
        assertTrue(AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true)));
        assertArrayEquals(bytes("x: 1\n"), Files.readAllBytes(f));
        assertEquals("rw-------", mode(f));
        assertEquals(List.of("run.yaml"), names(f.getParent()), "no temporary file is left behind");
    }

    @Test
    void anUnchangedFileKeepsItsMtime() throws IOException {
        Path f = dir.resolve("run.yaml");
        AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true));
        Files.setLastModifiedTime(f, OLD);
        assertFalse(AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true)));
        assertEquals(OLD, Files.getLastModifiedTime(f));
        assertTrue(AtomicWriter.isUpToDate(f, bytes("x: 1\n")));
        assertFalse(AtomicWriter.isUpToDate(f, bytes("x: 2\n")));
        assertFalse(AtomicWriter.isUpToDate(dir.resolve("none"), bytes("")));
    }

    @Test
    void aChangedFileIsReplaced() throws IOException {
        Path f = dir.resolve("run.yaml");
        AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true));
        Files.setLastModifiedTime(f, OLD);
        assertTrue(AtomicWriter.writeIfChanged(new Output(f, bytes("x: 2\n"), true)));
        assertArrayEquals(bytes("x: 2\n"), Files.readAllBytes(f));
        assertFalse(OLD.equals(Files.getLastModifiedTime(f)));
        assertEquals(List.of("run.yaml"), names(dir));
    }

    @Test
    void theSameLengthWithOtherBytesIsAChange() throws IOException {
        Path f = dir.resolve("f");
        AtomicWriter.writeIfChanged(new Output(f, bytes("aaaa"), false));
        assertTrue(AtomicWriter.writeIfChanged(new Output(f, bytes("aaab"), false)));
        assertArrayEquals(bytes("aaab"), Files.readAllBytes(f));
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        Path f = dir.resolve("pyproject.toml");
        Files.writeString(f, "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        assertTrue(AtomicWriter.writeIfChanged(new Output(f, bytes("new\n"), false)));
        assertEquals("new\n", Files.readString(f));
        assertEquals("rw-r-----", mode(f));
    }

    @Test
    void aPrivateFileBecomes0600EvenIfItWasReadableByOthers() throws IOException {
        Path f = dir.resolve("run.yaml");
        Files.writeString(f, "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicWriter.writeIfChanged(new Output(f, bytes("new\n"), true));
        assertEquals("rw-------", mode(f));
    }

    @Test
    void aNewOrdinaryFileGetsTheModeOfAnyNewFile() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path f = dir.resolve("llslibdev.toml");
        AtomicWriter.writeIfChanged(new Output(f, bytes("x = 1\n"), false));
        assertEquals(mode(reference), mode(f), "only private files are restricted to the owner");
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("child"));
        assertThrows(IOException.class, () -> AtomicWriter.writeIfChanged(new Output(target, bytes("x"), true)));
        assertEquals(List.of("taken"), names(dir));
    }

    @Test
    void anEmptyDirectoryIsNotReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path report = Files.createDirectory(dir.resolve("report.json"));
        IOException e = assertThrows(IOException.class, () -> AtomicWriter.writeIfChanged(new Output(report,
                bytes("{}"), false)));
        assertTrue(e.getMessage().contains("is a directory, not a regular file"), e.getMessage());
        assertTrue(Files.isDirectory(report));
        assertEquals(List.of("report.json"), names(dir), "no .report.json.*.tmp left behind");
    }

    @Test
    void anUnchangedPrivateFileWiderThan0600Gets0600WithoutARewrite() throws IOException {
        Path f = dir.resolve("run.yaml");
        Files.writeString(f, "x: 1\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setLastModifiedTime(f, OLD);
        Object inode = Files.getAttribute(f, "unix:ino");
        assertFalse(AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true)));
        assertEquals("rw-------", mode(f));
        assertEquals(OLD, Files.getLastModifiedTime(f), "the bytes were not rewritten");
        assertEquals(inode, Files.getAttribute(f, "unix:ino"), "the same file, not a replacement");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--------"));
        assertFalse(AtomicWriter.writeIfChanged(new Output(f, bytes("x: 1\n"), true)));
        assertEquals("r--------", mode(f), "a narrower mode is the user's and stays");
    }
}

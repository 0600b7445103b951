package dev.lightspeed.stack.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All outputs of a run or none; rewrites see the target as it is at write time. */
class OutputBatchTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryOutputAndSaysWhichWereUpToDate() throws IOException {
        Path a = dir.resolve("out/run.yaml");
        Path b = dir.resolve("pyproject.toml");
        Files.writeString(b, "same\n");
        List<OutputBatch.Result> r = new OutputBatch().add(new Output(a, bytes("a\n"), true))
                .add(new Output(b, bytes("same\n"), false)).commit();
        assertEquals(List.of(true, false), r.stream().map(OutputBatch.Result::written).toList());
        assertEquals("a\n", Files.readString(a));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
        assertEquals(List.of("out", "pyproject.toml"), fileNames(dir));
    }

    @Test
    void nothingIsMovedInWhenOneOutputCannotBeStaged() throws IOException {
        Path a = dir.resolve("run.yaml");
        Files.writeString(dir.resolve("blocker"), "a file where a directory should be\n");
        Path b = dir.resolve("blocker/llslibdev.toml");
        IOException e = assertThrows(IOException.class, () -> new OutputBatch().add(new Output(a, bytes("a\n"),
                true)).add(new Output(b, bytes("b\n"), false)).commit());
        assertTrue(e.getMessage().startsWith("cannot write " + b + ": "), e.getMessage());
        assertFalse(Files.exists(a), "run.yaml must not be written when another output fails");
        assertEquals(List.of("blocker"), fileNames(dir), "no temporary file left");
    }

    @Test
    void aReadOnlyDirectoryForOneOutputLeavesTheOtherUnwritten() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path pyproject = Files.writeString(ro.resolve("pyproject.toml"), "old\n");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "running as a user who can write anything (root)");
            Path run = dir.resolve("run.yaml");
            assertThrows(IOException.class, () -> new OutputBatch().add(new Output(run, bytes("a\n"), true))
                    .add(new Output(pyproject, bytes("new\n"), false)).commit());
            assertFalse(Files.exists(run));
            assertEquals("old\n", Files.readString(pyproject));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDirectoryInTheWayIsAStagingFailure() throws IOException {
        Path a = dir.resolve("run.yaml");
        Path b = Files.createDirectory(dir.resolve("llslibdev.toml"));
        IOException e = assertThrows(IOException.class, () -> new OutputBatch().add(new Output(a, bytes("a\n"),
                false)).add(new Output(b, bytes("b\n"), false)).commit());
        assertEquals("cannot write " + b + ": is a directory", e.getMessage());
        assertFalse(Files.exists(a));
    }

    @Test
    void aRewriteSeesTheTargetAsItIsWhenWritten() throws IOException {
        Path f = Files.writeString(dir.resolve("pyproject.toml"), "changed by someone else\n");
        List<OutputBatch.Result> r = new OutputBatch().add(new Output(f, bytes("stale expectation\n"), false),
                current -> bytes(new String(current, StandardCharsets.UTF_8) + "mine\n")).commit();
        assertEquals("changed by someone else\nmine\n", Files.readString(f));
        assertArrayEquals(Files.readAllBytes(f), r.get(0).output().bytes());
    }

    @Test
    void aFailingRewriteWritesNothing() throws IOException {
        Path run = dir.resolve("run.yaml");
        Path f = Files.writeString(dir.resolve("pyproject.toml"), "x\n");
        assertThrows(IOException.class, () -> new OutputBatch().add(new Output(run, bytes("a\n"), true))
                .add(new Output(f, bytes("y\n"), false), current -> {
                    throw new IOException("pyproject.toml changed while the build ran");
                }).commit());
        assertFalse(Files.exists(run));
        assertEquals("x\n", Files.readString(f));
    }

    private static List<String> fileNames(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

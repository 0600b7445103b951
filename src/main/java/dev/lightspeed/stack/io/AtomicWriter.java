package dev.lightspeed.stack.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file only when its bytes change (an unchanged file keeps its mtime), and never leaves a half-written
 * file: the bytes go to a temporary sibling (mode 0600 first, for private files) that is then moved over the target.
 */
public final class AtomicWriter {

    /** Immutable: {@link PosixFilePermissions#fromString} returns a mutable set, and this one is shared. */
    private static final Set<PosixFilePermission> OWNER_ONLY = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private AtomicWriter() {
    }

    /** Whether {@code path} already holds exactly {@code bytes}. */
    public static boolean isUpToDate(Path path, byte[] bytes) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == bytes.length
                    && Arrays.equals(Files.readAllBytes(path), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code out} if its content differs; returns whether the file was written. An unchanged private file
     * whose mode is wider than 0600 gets 0600, its bytes and mtime untouched. A target that exists but is no regular
     * file (a directory, a FIFO, a device) is refused before anything is created, and the temporary sibling never
     * outlives a failed write.
     */
    public static boolean writeIfChanged(Output out) throws IOException {
        Path target = out.path().toAbsolutePath();
        if (isUpToDate(target, out.bytes())) {
            if (out.privateFile()) {
                narrowToOwnerOnly(target);
            }
            return false;
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new IOException(target + " is " + (Files.isDirectory(target) ? "a directory"
                    : InputFile.specialKind(target)) + ", not a regular file; it is not replaced");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = newSibling(dir, "." + target.getFileName() + ".");
        try {
            if (out.privateFile()) {
                setOwnerOnly(tmp);
            } else if (Files.exists(target)) {
                copyPermissions(target, tmp);
            }
            Files.write(tmp, out.bytes());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }

    /**
     * An empty temporary file in {@code dir}, created like any new file (the process's umask applies), unlike
     * {@link Files#createTempFile}, which makes every file 0600. The name needs to be unique, not secret (the file is
     * created exclusively, and a clash is retried): ThreadLocalRandom, not a SecureRandom to seed on a build's first
     * write.
     */
    static Path newSibling(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    static void setOwnerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            p.toFile().setReadable(false, false);
            p.toFile().setReadable(true, true);
            p.toFile().setWritable(true, true);
        }
    }

    private static void narrowToOwnerOnly(Path p) throws IOException {
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(p))) {
                Files.setPosixFilePermissions(p, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to narrow
        }
    }

    static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }
}

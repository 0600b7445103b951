package dev.lightspeed.stack.pyproject;

import dev.lightspeed.stack.io.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code pyproject.toml} as read from disk: its bytes, and what the checks before a write need to know (whether it
 * is writable, whether its real location lies inside the project). Writing is not done here; it belongs to the
 * atomic writer of {@code dev.lightspeed.stack.io}.
 *
 * @param path     the path as the user gave it
 * @param realPath the path with symbolic links resolved
 * @param bytes    the content
 */
public record PyprojectFile(Path path, Path realPath, byte[] bytes) {

    public PyprojectFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(realPath, "realPath");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Reads the file: a regular file of at most {@link InputFile#DEFAULT_LIMIT} bytes. */
    public static PyprojectFile read(Path path) throws IOException {
        byte[] bytes = InputFile.read(path);
        return new PyprojectFile(path, path.toRealPath(), bytes);
    }

    /** The content decoded as UTF-8 (malformed bytes replaced; {@link PyprojectEditor#edit(byte[], DependencyGroup)}
     * rejects them). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@code \r\n} when the file's first line ends so, else {@code \n}. */
    public String lineSeparator() {
        return TextEdits.lineSeparator(text());
    }

    /** True when the path is a symbolic link. */
    public boolean isSymbolicLink() {
        return Files.isSymbolicLink(path);
    }

    /** True when the file, links resolved, lies inside {@code projectDir} (links resolved too). */
    public boolean isInside(Path projectDir) throws IOException {
        return realPath.startsWith(projectDir.toRealPath());
    }

    /**
     * True when the file can be written: a regular file, writable for this process, and with a write bit in its
     * mode. The last is for root, for whom {@link Files#isWritable} is always true: a 0444 file is read-only for
     * every user, as the README promises.
     */
    public boolean isWritable() {
        if (!Files.isRegularFile(realPath) || !Files.isWritable(realPath)) {
            return false;
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(realPath);
            return mode.contains(PosixFilePermission.OWNER_WRITE) || mode.contains(PosixFilePermission.GROUP_WRITE)
                    || mode.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // no POSIX mode to honour: Files.isWritable has answered
        }
    }
}

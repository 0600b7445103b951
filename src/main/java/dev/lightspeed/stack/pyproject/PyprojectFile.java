package dev.lightspeed.stack.pyproject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

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

    /** Reads the file. */
    public static PyprojectFile read(Path path) throws IOException {
        return new PyprojectFile(path, path.toRealPath(), Files.readAllBytes(path));
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

    /** True when the file can be written (exists, is a regular file and writable). */
    public boolean isWritable() {
        return Files.isRegularFile(realPath) && Files.isWritable(realPath);
    }
}

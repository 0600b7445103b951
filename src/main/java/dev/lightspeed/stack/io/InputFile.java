package dev.lightspeed.stack.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * The one way the plugin reads a user's input file (declaration, catalogs, pyproject.toml, validate's and import's
 * sources, the up-to-date check): only a regular file (links followed), never more than a size limit, checked before
 * reading and again while reading, so a FIFO cannot block the build and {@code /dev/zero} or a file that grows cannot
 * fill the heap. Everything else is an {@link InputFileException} saying what the path is. Stateless.
 */
public final class InputFile {

    /** 4 MiB, the limit of every input unless the caller gives another (the YAML reader's own limit is the same). */
    public static final int DEFAULT_LIMIT = 4 * 1024 * 1024;

    private static final int CHUNK = 64 * 1024;

    private InputFile() {
    }

    /** The bytes of {@code file}, at most {@link #DEFAULT_LIMIT}. */
    public static byte[] read(Path file) throws InputFileException {
        return read(file, DEFAULT_LIMIT);
    }

    /** The bytes of {@code file}, a regular file of at most {@code limit} bytes. */
    public static byte[] read(Path file, int limit) throws InputFileException {
        long size = checkRegular(file).size();
        if (size > limit) {
            throw tooLarge(file, size + " bytes", limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[(int) Math.min(Math.max(size, 0), limit) + 1];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (n > limit) {
                        throw tooLarge(file, "grew past " + limit + " bytes while being read", limit);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min((long) limit + 1, Math.max(n * 2L, n + CHUNK)));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return n == buf.length ? buf : Arrays.copyOf(buf, n);
                }
                n += r;
            }
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFileException(file, InputFileException.Kind.UNREADABLE, "cannot be read: "
                    + reason(e), "check the file's permissions");
        }
    }

    /** Like {@link #read(Path)}, but null when nothing exists at {@code file}. */
    public static byte[] readIfExists(Path file) throws InputFileException {
        try {
            return read(file);
        } catch (InputFileException e) {
            if (e.kind() == InputFileException.Kind.MISSING) {
                return null;
            }
            throw e;
        }
    }

    /** The attributes of {@code file} (links followed) if it is a regular file; what it is otherwise. */
    public static BasicFileAttributes checkRegular(Path file) throws InputFileException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file, InputFileException.Kind.MISSING, "no such file", "check the path");
        } catch (IOException e) {
            throw new InputFileException(file, InputFileException.Kind.UNREADABLE, "cannot be read: " + reason(e),
                    "check the path and its permissions");
        }
        if (a.isRegularFile()) {
            return a;
        }
        if (a.isDirectory()) {
            throw new InputFileException(file, InputFileException.Kind.DIRECTORY, "is a directory, not a file",
                    "name a file");
        }
        throw new InputFileException(file, InputFileException.Kind.SPECIAL, "is " + specialKind(file)
                + ", not a regular file; only regular files are read", "name a regular file");
    }

    /** What a non-regular, non-directory path is: a named pipe, a device, a socket. */
    static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    private static InputFileException tooLarge(Path file, String what, int limit) {
        return new InputFileException(file, InputFileException.Kind.TOO_LARGE, "is " + what
                + ", more than the limit of " + limit + " bytes", "split the file or remove what is not configuration");
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : m == null ? e.getClass().getSimpleName() : m;
    }
}

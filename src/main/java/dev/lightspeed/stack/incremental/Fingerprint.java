package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Everything that decides what generate writes, as one byte string: plugin identity, effective parameters and the
 * input files' bytes (STYLE §3: fingerprint only what changes the output). Each part is named and length-prefixed,
 * so {@code ("ab","c")} and {@code ("a","bc")} differ. The stamp keeps the parts themselves, not a digest of them:
 * the inputs are a few kilobytes, comparing them is exact, and a build's first call does not pay for starting a
 * message digest (issue 16). Not thread-safe; one per computation.
 */
public final class Fingerprint {

    private final ByteArrayOutputStream parts = new ByteArrayOutputStream(4096);

    private Fingerprint() {
    }

    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** Adds a named value; null is distinct from every string. */
    public Fingerprint add(String name, String value) {
        return add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds named bytes; null (absent) is distinct from empty. */
    public Fingerprint add(String name, byte[] bytes) {
        part(name.getBytes(StandardCharsets.UTF_8));
        if (bytes == null) {
            parts.write(0);
        } else {
            parts.write(1);
            part(bytes);
        }
        return this;
    }

    /**
     * Adds a file's path and bytes, or its path and "absent" when it does not exist, or what it is when it is no
     * regular file within the size limit (a FIFO, a device, a directory): such a file is never read here, and the run
     * that follows reports it where it is used.
     */
    public Fingerprint addFile(String name, Path file) throws IOException {
        add(name + ".path", file == null ? null : file.toAbsolutePath().normalize().toString());
        if (file == null) {
            return add(name, (byte[]) null);
        }
        try {
            return add(name, InputFile.readIfExists(file));
        } catch (InputFileException e) {
            return add(name + ".unreadable", e.reason());
        }
    }

    /** The parts as one line of text (Base64); ends this fingerprint. */
    public String value() {
        return Base64.getEncoder().encodeToString(parts.toByteArray());
    }

    private void part(byte[] bytes) {
        int n = bytes.length;
        parts.write(n >>> 24);
        parts.write(n >>> 16);
        parts.write(n >>> 8);
        parts.write(n);
        parts.write(bytes, 0, n);
    }
}

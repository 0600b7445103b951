package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of everything that decides what generate writes: plugin identity, effective parameters and the
 * input files' bytes (STYLE §3: fingerprint only what changes the output). Each part is named and length-prefixed,
 * so {@code ("ab","c")} and {@code ("a","bc")} differ. Not thread-safe; one per computation.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        digest = sha256();
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
            digest.update((byte) 0);
        } else {
            digest.update((byte) 1);
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

    /** The digest as lower-case hex; ends this fingerprint. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of {@code bytes} as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private void part(byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

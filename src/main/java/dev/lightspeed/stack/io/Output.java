package dev.lightspeed.stack.io;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file the core wants written: where, the exact bytes, and whether it may hold secrets (then it is created with
 * mode 0600). Only the Maven layer writes it, and only when no error was found.
 */
public record Output(Path path, byte[] bytes, boolean privateFile) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Output other && path.equals(other.path) && Arrays.equals(bytes, other.bytes)
                && privateFile == other.privateFile;
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Output[" + path + ", " + bytes.length + " bytes]";
    }
}

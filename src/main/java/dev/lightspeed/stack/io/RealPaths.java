package dev.lightspeed.stack.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** Where a path really leads: links resolved as far as the path exists, the rest appended as written. */
public final class RealPaths {

    private RealPaths() {
    }

    /**
     * The path with symbolic links resolved; for a path that does not exist (yet), its nearest existing ancestor's real
     * path with the remaining names appended. Two paths naming the same file give the same result.
     */
    public static Path of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? abs.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            return abs;
        }
        for (Path name : rest) {
            real = real.resolve(name);
        }
        return real;
    }
}

package dev.lightspeed.stack.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Paths as messages show them: relative to the project's base directory when inside it, with '/' separators. */
final class MavenPaths {

    private MavenPaths() {
    }

    static String display(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(b) ? b.relativize(abs) : abs;
        return shown.toString().replace(File.separatorChar, '/');
    }

    static List<Path> files(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}

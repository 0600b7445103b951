package dev.lightspeed.stack.maven;

import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Files at the Maven boundary: paths as messages show them (relative to the project's base directory when inside
 * it, with '/' separators), {@code List<File>} parameters as paths, and the core's {@link Output}s written to disk.
 */
final class MavenPaths {

    private MavenPaths() {
    }

    static String display(Path base, Path file) {
        return display(base, base, file);
    }

    /**
     * As {@link #display(Path, Path)}, and a file elsewhere under {@code root} (the reactor's directory, see
     * {@link #projectRoot}) relative to {@code base} too ({@code ../src/main/lightspeed/stack.yaml}): what the
     * generated header names is then the same on every machine.
     */
    static String display(Path base, Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(b) || abs.startsWith(root.toAbsolutePath().normalize()) ? b.relativize(abs) : abs;
        return shown.toString().replace(File.separatorChar, '/');
    }

    /**
     * The directory a module's {@code pyproject.toml} may lie in: the outermost of the module's own directory, the
     * reactor's top-level project directory and the multi-module project directory that contains the module (a
     * root {@code pyproject.toml} shared by the modules of a reactor is inside it).
     */
    static Path projectRoot(MavenProject project, MavenSession session) {
        Path root = project.getBasedir().toPath().toAbsolutePath().normalize();
        if (session == null) {
            return root;
        }
        List<File> candidates = new java.util.ArrayList<>();
        if (session.getTopLevelProject() != null) {
            candidates.add(session.getTopLevelProject().getBasedir());
        }
        if (session.getRequest() != null) {
            candidates.add(session.getRequest().getMultiModuleProjectDirectory());
        }
        for (File f : candidates) {
            Path p = f == null ? null : f.toPath().toAbsolutePath().normalize();
            if (p != null && root.startsWith(p)) {
                root = p;
            }
        }
        return root;
    }

    static List<Path> files(List<File> files) {
        if (files == null) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (File f : files) {
            out.add(f.toPath());
        }
        return List.copyOf(out);
    }

    /** Writes {@code out} if its bytes changed ({@link AtomicWriter}); returns whether the file was written. */
    static boolean writeIfChanged(Output out) throws MojoExecutionException {
        try {
            return AtomicWriter.writeIfChanged(out);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + out.path() + ": " + e.getMessage(), e);
        }
    }
}

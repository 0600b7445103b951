package dev.lightspeed.stack.generate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the llslibdev group goes.
 *
 * @param file        the pyproject.toml
 * @param displayName how messages name it
 * @param projectDir  the project's directory: a pyproject.toml that is a link to a file outside it is refused
 * @param mode        what to do with the group
 */
public record PyprojectTarget(Path file, String displayName, Path projectDir, PyprojectMode mode) {

    public static PyprojectTarget off() {
        return new PyprojectTarget(null, "", null, PyprojectMode.OFF);
    }

    /** False for {@code off}: the one place that decides whether the group is built, read, written or checked. */
    public boolean enabled() {
        return mode != PyprojectMode.OFF;
    }

    /** True when the group goes into the fragment file: {@code fragment}, or {@code auto} without a pyproject.toml. */
    public boolean writesFragment() {
        return mode == PyprojectMode.FRAGMENT || mode == PyprojectMode.AUTO && !exists();
    }

    /** True when the pyproject.toml exists. */
    public boolean exists() {
        return file != null && Files.exists(file);
    }
}

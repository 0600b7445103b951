package dev.lightspeed.stack.generate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the llslibdev group goes.
 *
 * @param file        the pyproject.toml
 * @param displayName how messages name it
 * @param projectDir  the directory the file must lie in, links resolved (a module's reactor root, or the project's
 *                    own directory); a pyproject.toml outside it, or a link leading out of it, is refused
 * @param mode        what to do with the group
 * @param ci          the build runs in CI ({@link PyprojectMode#inCi}): {@code auto} checks instead of writing
 */
public record PyprojectTarget(Path file, String displayName, Path projectDir, PyprojectMode mode, boolean ci) {

    /** A target outside CI. */
    public PyprojectTarget(Path file, String displayName, Path projectDir, PyprojectMode mode) {
        this(file, displayName, projectDir, mode, false);
    }

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

    /** True when the committed file is only checked: {@code check}, or {@code auto} in CI on an existing file. */
    public boolean checks() {
        return mode == PyprojectMode.CHECK || mode == PyprojectMode.AUTO && ci && exists();
    }

    /** True when {@link #checks()} only because the build runs in CI. */
    public boolean checksBecauseCi() {
        return mode == PyprojectMode.AUTO && checks();
    }

    /** True when the pyproject.toml exists. */
    public boolean exists() {
        return file != null && Files.exists(file);
    }
}

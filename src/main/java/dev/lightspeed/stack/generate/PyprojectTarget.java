package dev.lightspeed.stack.generate;

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
}

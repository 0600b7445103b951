package dev.lightspeed.stack.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ImportFiles} needs: the files to read and write, how messages name them, and the import's settings.
 *
 * @param from            the run.yaml to import, or null when none was named (a problem says so)
 * @param fromName        how messages name it
 * @param targetRelease   the llama-stack release the declaration targets, or null for the source's own
 * @param declaration     where the declaration goes
 * @param declarationName how messages name it
 * @param pyproject       an existing pyproject.toml whose {@code llslibdev} group to import, or null
 * @param pyprojectName   how messages name it (null without a pyproject.toml)
 * @param force           import a source with errors, and overwrite an existing declaration
 */
public record ImportFilesRequest(Path from, String fromName, String targetRelease, Path declaration,
        String declarationName, Path pyproject, String pyprojectName, boolean force) {

    public ImportFilesRequest {
        Objects.requireNonNull(declaration, "declaration");
    }
}

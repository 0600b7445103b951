package dev.lightspeed.stack.importer;

/**
 * What {@link StackImporter} needs.
 *
 * @param source        the run.yaml's bytes
 * @param sourceName    how messages name it (and the reason of {@code allowUnsupported} entries)
 * @param targetRelease the llama-stack release the declaration targets, or null for the source's own
 * @param pyproject     an existing pyproject.toml whose {@code llslibdev} group to import, or null
 * @param pyprojectName how messages name it
 * @param force         import a source that has errors (they are reported as warnings)
 */
public record ImportRequest(byte[] source, String sourceName, String targetRelease, byte[] pyproject,
        String pyprojectName, boolean force) {

    /** A request without a pyproject.toml. */
    public ImportRequest(byte[] source, String sourceName, String targetRelease, boolean force) {
        this(source, sourceName, targetRelease, null, null, force);
    }
}

package dev.lightspeed.stack.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link StackGenerator} needs: the declaration's bytes and the name messages give it, a release that overrides
 * the declaration's (or null), user catalog files overlaid on the bundled catalog, where run.yaml goes, and whether
 * literal secrets are accepted.
 */
public record GenerateRequest(byte[] declaration, String declarationName, String releaseOverride,
        List<Path> catalogs, Path outputDirectory, boolean allowLiteralSecrets, PyprojectTarget pyproject) {

    public GenerateRequest {
        catalogs = List.copyOf(catalogs);
        pyproject = pyproject == null ? PyprojectTarget.off() : pyproject;
    }

    /** A request that leaves the llslibdev group alone. */
    public GenerateRequest(byte[] declaration, String declarationName, String releaseOverride, List<Path> catalogs,
            Path outputDirectory, boolean allowLiteralSecrets) {
        this(declaration, declarationName, releaseOverride, catalogs, outputDirectory, allowLiteralSecrets,
                PyprojectTarget.off());
    }
}

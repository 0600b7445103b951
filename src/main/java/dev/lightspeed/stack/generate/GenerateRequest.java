package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.Catalog;
import java.nio.file.Path;

/**
 * What {@link StackGenerator} needs: the declaration's bytes and display name, a release that overrides the
 * declaration's (or null), a function to obtain a release's catalog (bundled plus user overlays), and where
 * run.yaml goes.
 */
public record GenerateRequest(byte[] declaration, String declarationName, String releaseOverride,
        java.util.function.Function<String, Catalog> catalogs, Path outputDirectory, boolean allowLiteralSecrets) {
}

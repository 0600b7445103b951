package dev.lightspeed.stack.runyaml;

import java.nio.file.Path;
import java.util.List;

/**
 * What to validate: files (paths or globs, relative to {@code baseDir}), the llama-stack release (null or blank:
 * guessed per file), the policy ({@code lcs} or {@code llama-stack}; null: {@code lcs}) and the provider types allowed
 * despite the LCS support table, and user catalog files overlaid on the bundled catalogs.
 */
public record ValidateRequest(Path baseDir, List<String> files, String llamaStack, String policy,
        List<String> allowUnsupported, List<Path> catalogs) {

    public ValidateRequest {
        files = files == null ? List.of() : List.copyOf(files);
        allowUnsupported = allowUnsupported == null ? List.of() : List.copyOf(allowUnsupported);
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    }

    /** Against the bundled catalogs only. */
    public ValidateRequest(Path baseDir, List<String> files, String llamaStack, String policy,
            List<String> allowUnsupported) {
        this(baseDir, files, llamaStack, policy, allowUnsupported, List.of());
    }
}

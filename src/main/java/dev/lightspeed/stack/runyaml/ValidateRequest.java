package dev.lightspeed.stack.runyaml;

import java.nio.file.Path;
import java.util.List;

/**
 * What to validate: files (paths or globs, relative to {@code baseDir}), the llama-stack release (null or blank:
 * guessed per file), the policy ({@code lcs} or {@code llama-stack}; null: {@code lcs}) and the provider types allowed
 * despite the LCS support table, and user catalog files overlaid on the bundled catalogs; {@code kind}
 * ({@code auto}, null or blank: by content; {@code lightspeed-stack}; {@code run}) says whether files are LCS
 * configurations, and {@code synthesizedOutput} (null: none) where to write the run configurations LCS would
 * synthesize from them.
 */
public record ValidateRequest(Path baseDir, List<String> files, String llamaStack, String policy,
        List<String> allowUnsupported, List<Path> catalogs, String kind, Path synthesizedOutput) {

    public ValidateRequest {
        files = files == null ? List.of() : List.copyOf(files);
        allowUnsupported = allowUnsupported == null ? List.of() : List.copyOf(allowUnsupported);
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    }

    /** Files told apart by content; no synthesized run configuration written. */
    public ValidateRequest(Path baseDir, List<String> files, String llamaStack, String policy,
            List<String> allowUnsupported, List<Path> catalogs) {
        this(baseDir, files, llamaStack, policy, allowUnsupported, catalogs, null, null);
    }

    /** Against the bundled catalogs only. */
    public ValidateRequest(Path baseDir, List<String> files, String llamaStack, String policy,
            List<String> allowUnsupported) {
        this(baseDir, files, llamaStack, policy, allowUnsupported, List.of());
    }
}

package dev.lightspeed.stack.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The generate goal's parameters as the user set them, before any is checked ({@link GenerateGoal} turns them into a
 * {@link GenerateRequest}, or into problems). Paths are as configured; names are how messages show them.
 *
 * @param declarationFile     the declaration file (used unless {@code providers} are given)
 * @param declarationName     how messages name it
 * @param providers           provider types declared in the build file instead of a declaration file, or empty
 * @param distribution        image_name of a stack declared with {@code providers}
 * @param llamaStack          the target release, or null for the declaration's
 * @param catalogs            user catalog files
 * @param outputDirectory     where run.yaml (and llslibdev.toml) go
 * @param pyproject           the pyproject.toml, and how messages name it
 * @param pyprojectName       how messages name the pyproject.toml
 * @param projectDir          the project's directory
 * @param pyprojectMode       the mode as written ({@code auto} when null or blank)
 * @param allowLiteralSecrets literal secrets are warnings
 * @param buildFileName       how messages name the file where these parameters are set (problems with them go there)
 * @param stampFile           where the up-to-date stamp of this execution lives, or null for none
 * @param settings            what else the run depends on (e.g. {@code failOnWarning}); part of the stamp
 * @param declarationDefault  the declaration path is the default one, not set by the user: a module without that
 *                            file (a reactor's parent inheriting the plugin) is skipped instead of failing
 * @param environment         the environment variables ({@code System::getenv} in a build; a map in tests):
 *                            {@link PyprojectMode#inCi} reads {@value PyprojectMode#CI_VARIABLE} from it
 */
public record GenerateParameters(Path declarationFile, String declarationName, List<String> providers,
        String distribution, String llamaStack, List<Path> catalogs, Path outputDirectory, Path pyproject,
        String pyprojectName, Path projectDir, String pyprojectMode, boolean allowLiteralSecrets,
        String buildFileName, Path stampFile, Map<String, String> settings, boolean declarationDefault,
        UnaryOperator<String> environment) {

    public GenerateParameters {
        environment = environment == null ? name -> null : environment;
        providers = providers == null ? List.of() : stripped(providers);
        catalogs = List.copyOf(catalogs);
        settings = Map.copyOf(settings);
    }

    /** Parameters with an explicitly set declaration path, outside CI (no environment variable is read). */
    public GenerateParameters(Path declarationFile, String declarationName, List<String> providers,
            String distribution, String llamaStack, List<Path> catalogs, Path outputDirectory, Path pyproject,
            String pyprojectName, Path projectDir, String pyprojectMode, boolean allowLiteralSecrets,
            String buildFileName, Path stampFile, Map<String, String> settings) {
        this(declarationFile, declarationName, providers, distribution, llamaStack, catalogs, outputDirectory,
                pyproject, pyprojectName, projectDir, pyprojectMode, allowLiteralSecrets, buildFileName, stampFile,
                settings, false, null);
    }

    /** True when the stack is declared by provider types rather than by the declaration file. */
    public boolean declaresProviders() {
        return !providers.isEmpty();
    }

    private static List<String> stripped(List<String> providers) {
        List<String> out = new ArrayList<>();
        for (String p : providers) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return List.copyOf(out);
    }
}

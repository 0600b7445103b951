package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.io.InputFile;
import dev.lightspeed.stack.io.InputFileException;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.DuplicateKeys;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code generate}'s look at the project's {@code lightspeed-stack.yaml}: the run.yaml about to be written is the
 * profile LCS starts from (or, in the deprecated legacy mode, the run configuration it enriches), so the file should
 * name it, and the run configuration LCS synthesizes on top of it must pass; the build then fails when LCS's start
 * would.
 */
public final class LcsProfileCheck {

    private LcsProfileCheck() {
    }

    /**
     * For a project: nothing when it has no lightspeed-stack.yaml; else the checks against the run.yaml about to be
     * written ({@code bytes}), or, when a stamped run is replayed ({@code bytes} null), the one on disk, if any.
     *
     * @param lcsFile the project's lightspeed-stack.yaml
     * @param runYaml where the generated run.yaml goes
     * @param release the release asked for, or null/blank for the configuration's own
     * @param allow   provider types the declaration allows despite LCS's table
     * @param origins where the declaration wrote each provider of the run.yaml (warnings about them go there)
     */
    public static List<Problem> forProject(Path lcsFile, String lcsDisplay, Path runYaml, String runDisplay,
            byte[] bytes, String release, List<Path> catalogs, Map<String, String> allow, ProfileOrigins origins) {
        if (lcsFile == null || !Files.isRegularFile(lcsFile) || bytes == null && !Files.isRegularFile(runYaml)) {
            return List.of();
        }
        byte[] profile = bytes;
        if (profile == null) {
            try {
                profile = InputFile.read(runYaml);
            } catch (InputFileException e) {
                return List.of(Problem.error(RuleId.FILE_UNREADABLE, Location.of(runDisplay), "", e.reason(), e.fix()));
            }
        }
        return check(lcsFile, lcsDisplay, runYaml, runDisplay, profile, release == null || release.isBlank() ? null
                : release.strip(), catalogs, allow, origins);
    }

    static List<Problem> check(Path lcsFile, String lcsDisplay, Path runYaml, String runDisplay, byte[] bytes,
            String release, List<Path> catalogs, Map<String, String> allow, ProfileOrigins origins) {
        Problems out = new Problems();
        SafeYamlReader reader = new SafeYamlReader(YamlLimits.DEFAULT, DuplicateKeys.ERROR);
        YamlDocument doc = reader.read(lcsFile, lcsDisplay);
        out.addAll(doc.problems());
        if (doc.root().isEmpty() || doc.hasErrors()) {
            return out.sorted();
        }
        if (!(doc.root().get() instanceof YMap lcs)) {
            out.error(RuleId.LCS_CONFIG_TYPE, doc.root().get().location(), "", "a lightspeed-stack.yaml is a mapping",
                    "start from LCS's examples/lightspeed-stack-lls-library.yaml");
            return out.sorted();
        }
        Path dir = lcsFile.toAbsolutePath().getParent();
        reference(lcs, dir, runYaml, out);
        YamlDocument profile = reader.read(bytes, runDisplay);
        LcsValidator.Outcome o = new LcsValidator().check(lcs, dir, lcsDisplay, release, Policy.LCS, allow,
                r -> CatalogOverlays.apply(BundledCatalogs.get(r), catalogs), reader::read, profile, origins);
        out.addAll(o.problems());
        return out.sorted();
    }

    private static void reference(YMap lcs, Path dir, Path runYaml, Problems out) {
        LcsSynthesizer.Mode mode = LcsSynthesizer.mode(lcs);
        YMap ls = lcs.get("llama_stack").orElse(null) instanceof YMap m ? m : null;
        YMap config = ls != null && ls.get("config").orElse(null) instanceof YMap c ? c : null;
        String relative = dir.relativize(runYaml.toAbsolutePath().normalize()).toString();
        String fix = "name it as the profile: 'llama_stack: {use_as_library_client: true, config: {profile: "
                + relative + "}}'";
        YNode named = mode == LcsSynthesizer.Mode.LEGACY ? ls.get("library_client_config_path").orElse(null)
                : config == null ? null : config.get("profile").orElse(null);
        String path = named == null ? null : String.valueOf(named.toPlain());
        boolean same = path != null && dir.resolve(path).normalize().equals(runYaml.toAbsolutePath().normalize());
        Location where = named != null ? named.location() : ls != null ? lcs.keyLocation("llama_stack")
                : lcs.location();
        if (mode == LcsSynthesizer.Mode.LEGACY && same) {
            out.warning(RuleId.LCS_LEGACY_MODE, where, "llama_stack.library_client_config_path",
                    "library_client_config_path"
                    + " is LCS's legacy mode (deprecated since LCS 0.6, removed in 0.7)", fix + " instead");
        } else if (!same) {
            String now = mode == LcsSynthesizer.Mode.SERVICE ? "uses OGX as a service (url:)"
                    : path != null ? "starts from " + path : "starts from LCS's default baseline";
            out.warning(RuleId.LCS_PROFILE_NOT_GENERATED, where, "llama_stack", "LCS does not start from the generated "
                    + relative + ": this configuration " + now + "; the synthesis below was checked as if it named"
                    + " the generated file", fix);
        }
    }
}

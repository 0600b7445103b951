package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.runyaml.ReleaseGuess;
import dev.lightspeed.stack.runyaml.RunYamlReader;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a {@code lightspeed-stack.yaml} the way LCS would use it at start-up: its configuration model's rules on the
 * parts that make the run configuration ({@link LcsConfigCheck}), then the run configuration LCS synthesizes from it
 * ({@link LcsSynthesizer}) checked by the run.yaml reader for the target release (default: the release LCS's
 * bundled baseline belongs to) under the requested policy, with OGX's own verdict (policy {@code llama-stack}) said
 * too, and what LCS silently drops ({@link SilentDrops}). Problems stand at the lines the operator wrote.
 */
public final class LcsValidator {

    /**
     * @param release     the release the synthesis was checked against
     * @param problems    everything found, sorted
     * @param synthesized the synthesized run configuration as YAML text (empty in service mode or on failure)
     */
    public record Outcome(ReleaseGuess release, List<Problem> problems, Optional<String> synthesized,
            Optional<YamlDocument> profile) {
    }

    /** A lightspeed-stack.yaml: a mapping with {@code llama_stack:} and none of run.yaml's own top-level keys. */
    public static boolean recognises(YNode root) {
        return root instanceof YMap m && m.has("llama_stack") && !m.has("providers") && !m.has("apis")
                && !m.has("image_name");
    }

    /**
     * @param release  the release to check against; null: {@link LcsBaselines#defaultRelease()}
     * @param catalogs the release's catalog with the user's overlays
     * @param reader   reads a profile: (path, name to show) → document
     */
    public Outcome check(YMap lcs, Path dir, String display, String release, Policy policy,
            Map<String, String> allow, Function<String, CatalogOverlays.Result> catalogs,
            BiFunction<Path, String, YamlDocument> reader) {
        return check(lcs, dir, display, release, policy, allow, catalogs, reader, null, ProfileOrigins.NONE);
    }

    /**
     * The same with {@code profile} (null: none) as the baseline whatever the file names, its providers written
     * where {@code origins} says.
     */
    public Outcome check(YMap lcs, Path dir, String display, String release, Policy policy,
            Map<String, String> allow, Function<String, CatalogOverlays.Result> catalogs,
            BiFunction<Path, String, YamlDocument> reader, YamlDocument profile, ProfileOrigins origins) {
        Problems out = new Problems();
        LcsConfigCheck.check(lcs, out);
        String used = release != null ? release : LcsBaselines.defaultRelease();
        Optional<LcsBaselines.Baseline> own = LcsBaselines.forRelease(used);
        LcsBaselines.Baseline defaults = own.orElseGet(() -> LcsBaselines.forRelease(LcsBaselines.defaultRelease())
                .orElseThrow());
        LcsSynthesizer synthesizer = new LcsSynthesizer(defaults, reader);
        LcsSynthesizer.Result synth = (profile == null ? synthesizer : synthesizer.onProfile(profile))
                .synthesize(lcs, dir, display);
        if (own.isEmpty() && synth.start() == defaults.root()) { // only a synthesis from the default baseline uses it
            out.warning(RuleId.LCS_BASELINE_RELEASE, lcs.location(), "", "no LCS default baseline ships for " + used
                    + "; the one of " + defaults.release() + " (LCS " + defaults.lcsCommit().substring(0, 8)
                    + ") stands in", "name a profile, or check against " + String.join(", ", LcsBaselines.releases()));
        }
        ReleaseGuess guess = release != null ? ReleaseGuess.given(used)
                : new ReleaseGuess(used, true, "the release LCS's bundled baseline (LCS "
                        + defaults.lcsCommit().substring(0, 8) + ") pins");
        if (synth.mode() == LcsSynthesizer.Mode.SERVICE) {
            out.add(new Problem(Severity.INFO, RuleId.LCS_SERVICE_MODE, lcs.keyLocation("llama_stack"), "llama_stack",
                    "LCS uses OGX as a service (url:): it synthesizes no run configuration; check the service's own"
                            + " run.yaml", ""));
            return new Outcome(guess, out.sorted(), Optional.empty(), Optional.empty());
        }
        if (synth.mode() == LcsSynthesizer.Mode.LEGACY && profile == null) {
            YMap ls = (YMap) lcs.get("llama_stack").orElseThrow();
            out.warning(RuleId.LCS_LEGACY_MODE, ls.valueLocation("library_client_config_path"),
                    "llama_stack.library_client_config_path", "library_client_config_path is LCS's legacy mode"
                            + " (deprecated since LCS 0.6, removed in 0.7); checked as LCS enriches it",
                    "name the run.yaml as 'config: {profile: …}' instead (the plugin's import does it:"
                            + " -Dlightspeed.from=" + display + ")");
        }
        Set<Location> modelErrors = out.errors().stream().map(Problem::location).collect(Collectors.toSet());
        synth.problems().stream().filter(p -> !(p.is(RuleId.LCS_SYNTHESIS_FAILS)
                && modelErrors.contains(p.location()))).forEach(out::add);
        if (synth.run().isEmpty()) {
            return new Outcome(guess, out.sorted(), Optional.empty(), synth.profile());
        }
        YNode run = synth.run().get();
        CatalogOverlays.Result catalog = catalogs.apply(used);
        out.addAll(catalog.problems());
        if (catalog.catalog().isPresent()) {
            List<Problem> found = new RunYamlReader(policy).read(run, display, guess, allow, catalog.catalog().get())
                    .problems();
            found.stream().filter(p -> !p.is(RuleId.ALLOW_UNUSED)).forEach(out::add);
            if (policy.lcs()) {
                long refusals = new RunYamlReader(Policy.LLAMA_STACK).read(run, display, guess, allow,
                        catalog.catalog().get()).problems().stream().filter(Problem::isError).count();
                out.add(new Problem(Severity.INFO, RuleId.LCS_OGX_VERDICT, lcs.keyLocation("llama_stack"), "",
                        "the run configuration LCS synthesizes from " + synth.baseline() + (refusals == 0
                                ? " is one OGX " + used + " starts (policy llama-stack)"
                                : " is one OGX " + used + " refuses (" + refusals + (refusals == 1 ? " error" : " errors") + " under policy"
                                        + " llama-stack): LCS's start fails"), ""));
            }
        }
        SilentDrops.check(lcs, display, synth.start(), defaults.root(), synth.beforeOverride(), run, origins, out);
        return new Outcome(guess, out.sorted(), Optional.of(YamlWriter.write(run.toPlain())), synth.profile());
    }
}

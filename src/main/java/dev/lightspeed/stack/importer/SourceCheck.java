package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.runyaml.ReleaseGuess;
import dev.lightspeed.stack.runyaml.RunYamlReader;
import dev.lightspeed.stack.runyaml.RunYamlResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the run.yaml being imported the way {@code validate} does ({@link RunYamlReader} under the LCS policy, for
 * the source's own release): unknown providers and config fields, bad environment references, resources bound to
 * missing providers, unmet API dependencies, storage references. What the import deals with itself is not an error
 * here: providers LCS does not support (they become {@code allowUnsupported} entries), literal secrets (they become
 * environment references) and top-level keys the release ignores (they are listed as not carried over).
 */
final class SourceCheck {

    /** Findings that the import itself reports in its own words. */
    private static final Set<String> OWN = Set.of("provider-allowed-unsupported", "allow-unused", "secret-literal",
            "run-other-release-key", "run-unknown-key");

    private SourceCheck() {
    }

    static List<Problem> check(RunSource s) {
        Map<String, String> allow = new LinkedHashMap<>();
        for (RunSource.SourceProvider p : s.providers()) {
            s.catalog().find(p.api(), p.type()).filter(spec -> !spec.supported()).map(ProviderSpec::providerType)
                    .ifPresent(t -> allow.put(t, "imported"));
        }
        RunYamlResult r = new RunYamlReader(Policy.LCS.withAllowLiteralSecrets(true)).read(s.root(), s.file(),
                ReleaseGuess.given(s.release()), allow);
        List<Problem> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            if (!OWN.contains(p.rule()) && p.severity() != Severity.INFO) {
                out.add(p);
            }
        }
        return out;
    }
}

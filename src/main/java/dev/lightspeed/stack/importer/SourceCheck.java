package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
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
 * Checks the run.yaml being imported the way {@code validate -Dlightspeed.policy=llama-stack} does, for the source's
 * own release: only what llama-stack itself would refuse at start-up stops an import. Everything the LCS policy adds
 * is the import's own business and reported in its words: providers LCS does not support become
 * {@code allowUnsupported} entries, literal secrets environment references, quoted numbers typed values, fields and
 * keys llama-stack ignores are listed as not carried over; what still does not generate is an {@code import-generate}
 * error.
 */
final class SourceCheck {

    /** Findings that the import itself reports in its own words. */
    private static final Set<RuleId> OWN = Set.of(RuleId.PROVIDER_ALLOWED_UNSUPPORTED, RuleId.ALLOW_UNUSED,
            RuleId.SECRET_LITERAL, RuleId.RUN_OTHER_RELEASE_KEY, RuleId.RUN_UNKNOWN_KEY);

    private SourceCheck() {
    }

    static List<Problem> check(RunSource s) {
        Map<String, String> allow = new LinkedHashMap<>();
        for (RunSource.SourceProvider p : s.providers()) {
            s.catalog().find(p.api(), p.type()).filter(spec -> !spec.supported()).map(ProviderSpec::providerType)
                    .ifPresent(t -> allow.put(t, "imported"));
        }
        RunYamlResult r = new RunYamlReader(Policy.LLAMA_STACK).read(s.root(), s.file(),
                ReleaseGuess.given(s.release()), allow);
        List<Problem> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            if (OWN.stream().noneMatch(p::is) && p.isError()) {
                out.add(p);
            }
        }
        return out;
    }
}

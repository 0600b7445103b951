package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.DuplicateKeys;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code validate}'s entry for LCS configurations: tells them from run.yaml files ({@code kind}: {@code auto} reads the
 * content, {@code lightspeed-stack} or {@code run} say it), checks one with {@link LcsValidator}, and writes what it
 * synthesized to {@code <synthesizedOutput>/<file name without extension>-run.yaml} (mode 0600: it may hold what
 * the operator wrote into native_override) when asked.
 */
public final class LcsFiles {

    private LcsFiles() {
    }

    /** Whether {@code root} is checked as a lightspeed-stack.yaml; {@code kind} null or blank means auto. */
    public static boolean applies(YNode root, String kind) {
        String k = kind == null || kind.isBlank() ? "auto" : kind.strip();
        return k.equals("lightspeed-stack") || k.equals("auto") && LcsValidator.recognises(root);
    }

    /**
     * @param path              the file
     * @param display           its name as the user gave it
     * @param synthesizedOutput where to write the synthesized run configuration; null: nowhere
     */
    public static LcsValidator.Outcome check(YMap root, Path path, String display, String release, Policy policy,
            Map<String, String> allow, Function<String, CatalogOverlays.Result> catalogs, Path synthesizedOutput,
            Problems problems) {
        SafeYamlReader reader = new SafeYamlReader(YamlLimits.DEFAULT,
                policy.lcs() ? DuplicateKeys.ERROR : DuplicateKeys.LAST_WINS);
        Path dir = path.toAbsolutePath().getParent();
        LcsValidator.Outcome o = new LcsValidator().check(root, dir, display, release, policy, allow, catalogs,
                reader::read);
        problems.addAll(o.problems());
        if (synthesizedOutput != null && o.synthesized().isPresent()) {
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path target = synthesizedOutput.resolve((dot > 0 ? name.substring(0, dot) : name) + "-run.yaml");
            try {
                AtomicWriter.writeIfChanged(new Output(target, o.synthesized().get().getBytes(StandardCharsets.UTF_8),
                        true));
                problems.add(new Problem(Severity.INFO, RuleId.LCS_SYNTHESIZED, Location.of(display), "",
                        "the run configuration LCS synthesizes from this file is in " + target, ""));
            } catch (IOException e) {
                problems.error(RuleId.OUTPUT_WRITE_FAILED, Location.of(target.toString()), "synthesizedOutput",
                        "cannot write " + target + ": " + e.getMessage(), "choose a writable directory");
            }
        }
        return o;
    }
}

package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.DuplicateKeys;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checking run.yaml text in tests: the minimal valid files, text edits on them, and rule-id lookups. */
final class RunYamlFixture {

    private RunYamlFixture() {
    }

    static String minimal(String release) {
        try {
            return TestFiles.read(TestFiles.resource("validate/minimal-" + release + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code base} with {@code from} replaced by {@code to}; fails when {@code from} is not there. */
    static String edit(String base, String from, String to) {
        if (!base.contains(from)) {
            throw new IllegalArgumentException("not in the base text: " + from);
        }
        return base.replace(from, to);
    }

    static List<Problem> check(String yaml, String release, Policy policy) {
        return check(yaml, release, policy, Map.of());
    }

    static List<Problem> check(String yaml, String release, Policy policy, Map<String, String> allow) {
        SafeYamlReader reader = new SafeYamlReader(YamlLimits.DEFAULT,
                policy.lcs() ? DuplicateKeys.ERROR : DuplicateKeys.LAST_WINS);
        YamlDocument doc = reader.readText(yaml, "run.yaml");
        List<Problem> out = new ArrayList<>(doc.problems());
        doc.root().ifPresent(root -> out.addAll(new RunYamlReader(policy)
                .read(root, "run.yaml", ReleaseGuess.given(release), allow).problems()));
        return out;
    }

    /**
     * What {@code rule} alone finds in {@code yaml} (read as {@code check} reads it), as problems with their severity: a file
     * rule's unit test.
     */
    static List<String> rule(Rule rule, String yaml, String release, Policy policy) {
        YNode root = new SafeYamlReader().readText(yaml, "run.yaml").root().orElseThrow();
        StackModel model = new RunYamlReader(policy).read(root, "run.yaml", ReleaseGuess.given(release), Map.of())
                .model().orElseThrow();
        Problems out = new Problems();
        rule.check(new RuleContext(model, policy, out));
        return out.sorted().stream().map(Problem::toString).toList();
    }

    static List<Problem> withRule(List<Problem> problems, String rule) {
        return problems.stream().filter(p -> p.rule().equals(rule)).toList();
    }

    static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    static List<Problem> warnings(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}

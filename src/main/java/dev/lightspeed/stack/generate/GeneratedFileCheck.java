package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.runyaml.ReleaseGuess;
import dev.lightspeed.stack.runyaml.RunYamlReader;
import dev.lightspeed.stack.runyaml.RunYamlResult;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.DuplicateKeys;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlDocument;
import dev.lightspeed.stack.yaml.YamlLimits;
import java.util.List;
import java.util.Map;

/**
 * generate never writes a run.yaml its own {@code validate} refuses: the rendered text is read back the way validate
 * reads a file (under policy {@code llama-stack}: does the stack come up with it) and every error becomes a
 * {@code generated-invalid} problem, placed in the declaration's {@code override:} or {@code server:} where that is its cause.
 * Without an {@code override:} the document holds only values the writer renders faithfully (YamlRoundTripTest), so the
 * in-memory tree is checked and the text is read back only when that finds an error (for its line and column).
 */
final class GeneratedFileCheck {

    private GeneratedFileCheck() {
    }

    /** The rendered text read back as validate reads a file. */
    static YamlDocument readBack(String text, String name) {
        return new SafeYamlReader(YamlLimits.DEFAULT, DuplicateKeys.LAST_WINS).readText(text, name);
    }

    /**
     * Checks the rendered run.yaml: {@code root} is its tree, {@code readBack} the text as read back, or null when
     * {@code root} is the in-memory document (then the text is read back only to place an error found).
     */
    static void check(YNode root, YamlDocument readBack, String text, String name, Declaration d, Catalog catalog,
            Problems out) {
        if (readBack == null && root != null && !hasErrors(read(root, name, catalog))) {
            return;
        }
        YamlDocument doc = readBack != null ? readBack : readBack(text, name);
        refuseErrors(doc.problems(), d, catalog, out);
        if (doc.root().isEmpty()) {
            return;
        }
        refuseErrors(read(doc.root().get(), name, catalog), d, catalog, out);
    }

    private static List<Problem> read(YNode root, String name, Catalog catalog) {
        RunYamlResult r = new RunYamlReader(Policy.LLAMA_STACK).read(root, name, ReleaseGuess.given(catalog.release()),
                Map.of(), catalog);
        return r.problems();
    }

    private static boolean hasErrors(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    private static void refuseErrors(List<Problem> problems, Declaration d, Catalog catalog, Problems out) {
        for (Problem p : problems) {
            if (p.isError()) {
                refuse(p, d, catalog, out);
            }
        }
    }

    private static void refuse(Problem p, Declaration d, Catalog catalog, Problems out) {
        OverrideLocator.Blame blame = OverrideLocator.blame(d, p.path(), p.location());
        out.error(RuleId.GENERATED_INVALID, blame.where(), p.path(), p.rule() + ": " + p.message() + " ("
                + catalog.displayName() + " would refuse the generated run.yaml)", blame.fix(p.fix()));
    }
}

package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.problem.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The summary line of a generate run, e.g. {@code lightspeed:generate (llama-stack 0.3.5): 5 providers (1 by
 * exception), 2 resources, 7 llslibdev packages; 1 file written, 1 up to date; 0 errors, 0 warnings}; the lines before
 * it name each file.
 */
final class GenerateSummary {

    private GenerateSummary() {
    }

    static String line(GenerateRun run, GenerateResult result, GenerateRequest request, GenerateRun.Written written,
            Function<Path, String> display) {
        List<String> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder("lightspeed:generate");
        if (run.replayed()) {
            head.append(": inputs unchanged since the last build");
            parts.add(plural(run.replayedOutputs().size(), "file") + " up to date");
        } else if (result != null) {
            if (result.declaration().isPresent()) {
                head.append(" (").append(BundledCatalogs.displayName(result.declaration().get().llamaStack()))
                        .append(')');
            }
            if (result.stack().isPresent()) {
                parts.add(stack(result.stack().get(), result));
            }
            int wrote = 0;
            for (OutputBatch.Result r : written.results()) {
                wrote += r.written() ? 1 : 0;
            }
            parts.add(plural(wrote, "file") + " written, " + (written.results().size() - wrote)
                    + " up to date");
            if (request.pyproject().checks() && request.pyproject().exists() && !result.hasErrors()) {
                parts.add(display.apply(request.pyproject().file()) + " checked: up to date");
            }
            if (written.removed().isPresent()) {
                parts.add("removed " + display.apply(written.removed().get()));
            }
        }
        List<Problem> all = new ArrayList<>(run.problems());
        all.addAll(written.problems());
        parts.add(count(all, Severity.ERROR, "error") + ", " + count(all, Severity.WARNING, "warning"));
        return head + ": " + String.join("; ", parts);
    }

    private static String stack(StackModel m, GenerateResult result) {
        int exceptions = 0;
        for (Problem p : result.problems()) {
            exceptions += p.is(RuleId.PROVIDER_ALLOWED_UNSUPPORTED) ? 1 : 0;
        }
        String s = plural(m.providers().size(), "provider") + (exceptions > 0 ? " (" + exceptions
                + " by exception)" : "") + ", " + plural(m.resources().size(), "resource");
        return s + (result.group().isEmpty() ? "" : ", " + plural(result.group().get().entries().size(),
                result.group().get().name() + " package"));
    }

    private static String count(List<Problem> problems, Severity s, String word) {
        int n = 0;
        for (Problem p : problems) {
            n += p.severity() == s ? 1 : 0;
        }
        return plural(n, word);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

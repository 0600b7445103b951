package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.pyproject.DependencyGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of generation: every problem found, and the outputs (empty when any error was found). The declaration
 * and stack are kept for the steps that follow (the llslibdev group, kept for the summary). {@code rewrites} holds, by output path, how to
 * redo an output that edits an existing file (pyproject.toml) on that file's bytes at write time.
 */
public record GenerateResult(List<Problem> problems, List<Output> outputs, Optional<Declaration> declaration,
        Optional<StackModel> stack, Map<Path, OutputBatch.Rewrite> rewrites, Optional<DependencyGroup> group) {

    public GenerateResult {
        rewrites = Map.copyOf(rewrites);
    }

    /** A result whose outputs are written with exactly their bytes. */
    public GenerateResult(List<Problem> problems, List<Output> outputs, Optional<Declaration> declaration,
            Optional<StackModel> stack) {
        this(problems, outputs, declaration, stack, Map.of(), Optional.empty());
    }

    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The outputs as one batch: written together or not at all. */
    public OutputBatch batch() {
        OutputBatch batch = new OutputBatch();
        for (Output o : outputs) {
            batch.add(o, rewrites.get(o.path()));
        }
        return batch;
    }
}

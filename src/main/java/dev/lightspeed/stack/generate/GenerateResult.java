package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of generation: every problem found, and the outputs (empty when any error was found). The declaration
 * and stack are kept for the steps that follow (the llslibdev group).
 */
public record GenerateResult(List<Problem> problems, List<Output> outputs, Optional<Declaration> declaration,
        Optional<StackModel> stack) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

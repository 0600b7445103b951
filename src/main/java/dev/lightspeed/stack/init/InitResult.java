package dev.lightspeed.stack.init;

import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Problem;
import java.util.List;

/**
 * What {@link StarterInit} decided: its problems, the files to write (the declaration and the schema copy beside it;
 * none when there is an error or the declaration exists and is kept), and whether an existing declaration was kept.
 */
public record InitResult(List<Problem> problems, List<Output> outputs, boolean kept) {

    public InitResult {
        problems = List.copyOf(problems);
        outputs = List.copyOf(outputs);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

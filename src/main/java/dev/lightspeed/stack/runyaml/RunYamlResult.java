package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What {@link RunYamlReader} found in one run.yaml: the release it was checked against (and whether that was
 * guessed), the stack model (absent when the top level is not a mapping) and every problem, sorted.
 */
public record RunYamlResult(String file, ReleaseGuess release, Optional<StackModel> model, List<Problem> problems) {

    public RunYamlResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

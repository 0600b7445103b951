package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Optional;

/** A declaration, when it could be read, and the problems found reading it. */
public record DeclarationResult(Optional<Declaration> declaration, List<Problem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

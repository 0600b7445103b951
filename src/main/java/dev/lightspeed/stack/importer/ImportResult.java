package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import: every problem and note (sorted), and the declaration's text, absent when an error
 * stops the import.
 *
 * @param sourceRelease the release the source is written for (null when it could not be read)
 * @param targetRelease the release the declaration targets (null when it could not be read)
 */
public record ImportResult(List<Problem> problems, Optional<String> declaration, String sourceRelease,
        String targetRelease) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.problem.Problem;
import java.util.List;

/**
 * The verdict on one file: its path exactly as the user gave it, the release it was checked against (null when the
 * file could not be read far enough to tell), and its problems, sorted.
 */
public record FileResult(String path, ReleaseGuess release, List<Problem> problems) {

    public FileResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** {@code OK} or {@code FAIL}. */
    public String verdict() {
        return ok() ? "OK" : "FAIL";
    }

    public String llamaStack() {
        return release == null ? null : release.release();
    }
}

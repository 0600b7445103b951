package dev.lightspeed.stack.io;

import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A goal's input files, so that none of its outputs is written over one of them: paths are compared as they really
 * lead ({@link RealPaths}: links resolved,
 * {@code ./a} and {@code a} alike). Rule id {@code output-is-input}. Immutable once
 * built; not thread-safe while adding.
 */
public final class OwnInputs {

    private final Map<Path, String> inputs = new LinkedHashMap<>();

    /** Adds an input and how messages name it; a null path is ignored. */
    public OwnInputs add(Path input, String name) {
        if (input != null) {
            inputs.putIfAbsent(RealPaths.of(input), name);
        }
        return this;
    }

    /** Adds inputs named by their paths as given. */
    public OwnInputs addAll(List<Path> paths) {
        for (Path p : paths) {
            add(p, p.toString().replace('\\', '/'));
        }
        return this;
    }

    /**
     * An error when {@code output} is one of the inputs.
     *
     * @param what what the output is, e.g. {@code run.yaml}
     * @param fix  how to send the output elsewhere
     */
    public Optional<Problem> check(Path output, String what, String fix) {
        String input = inputs.get(RealPaths.of(output));
        if (input == null) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(RuleId.OUTPUT_IS_INPUT, Location.of(input), "",
                "the " + what + " would be written over "
                + input + ", an input of this goal (" + output.toString().replace('\\', '/') + ")", fix));
    }
}

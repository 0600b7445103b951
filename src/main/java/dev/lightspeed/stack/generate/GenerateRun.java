package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One execution of the generate goal, as {@link GenerateGoal} left it: either a replay of the last run (its stamp
 * proved that nothing changed: {@link #replayed()}, with that run's messages and outputs), or a fresh result whose
 * outputs {@link #write()} writes together ({@link OutputBatch}: all or none) and {@link #record} stamps.
 */
public final class GenerateRun {

    /** What writing did: every output's result in order, or the problem that stopped it (then nothing was written). */
    public record Written(List<OutputBatch.Result> results, List<Problem> problems) {
    }

    private final List<Problem> problems;
    private final List<Path> replayedOutputs;
    private final GenerateResult result;
    private final GenerateRequest request;
    private final StampedGenerate stamps;

    private GenerateRun(List<Problem> problems, List<Path> replayedOutputs, GenerateResult result,
            GenerateRequest request, StampedGenerate stamps) {
        this.problems = List.copyOf(problems);
        this.replayedOutputs = replayedOutputs;
        this.result = result;
        this.request = request;
        this.stamps = stamps;
    }

    static GenerateRun failed(List<Problem> problems) {
        return new GenerateRun(problems, null, null, null, null);
    }

    static GenerateRun replay(Stamp stamp) {
        return new GenerateRun(stamp.problems(), stamp.outputs().stream().map(Stamp.StampedOutput::path).toList(),
                null, null, null);
    }

    static GenerateRun generated(GenerateResult result, GenerateRequest request, StampedGenerate stamps) {
        return new GenerateRun(result.problems(), null, result, request, stamps);
    }

    /** Every problem: the parameters', the generation's, or (replayed) the last run's warnings and notes. */
    public List<Problem> problems() {
        return problems;
    }

    /** True when the last run's stamp proved that generating again would change nothing. */
    public boolean replayed() {
        return replayedOutputs != null;
    }

    /** The outputs of a replayed run (each already holds its bytes). */
    public List<Path> replayedOutputs() {
        return replayedOutputs == null ? List.of() : replayedOutputs;
    }

    /** The release generated for, when the declaration was read. */
    public Optional<String> release() {
        return result == null ? Optional.empty() : result.declaration().map(d -> d.llamaStack());
    }

    /** The run.yaml a run without errors is about to write (with its bytes); empty otherwise. */
    public Optional<Output> runYaml() {
        return result == null || result.hasErrors() ? Optional.empty() : result.outputs().stream()
                .filter(o -> o.path().getFileName().toString().equals(StackGenerator.RUN_YAML)).findFirst();
    }

    /** The declaration's {@code allowUnsupported} (type → reason); empty when it was not read. */
    public Map<String, String> allowUnsupported() {
        return result == null ? Map.of() : result.declaration().map(d -> d.allowUnsupported()).orElse(Map.of());
    }

    /** Writes the outputs of a run without errors: all of them, or none (then a problem says why). */
    public Written write() {
        if (result == null || result.hasErrors()) {
            return new Written(List.of(), List.of());
        }
        try {
            return new Written(result.batch().commit(), List.of());
        } catch (IOException e) {
            return new Written(List.of(), List.of(Problem.error("output-write-failed", Location.NONE, "",
                    e.getMessage() + "; nothing was written", "check that the output directory and pyproject.toml"
                    + " are writable files in writable directories")));
        }
    }

    /**
     * Records a successful run's stamp; returns why it could not be written (that only costs the next build a
     * regeneration).
     */
    public Optional<String> record(Written written) {
        if (stamps == null || result == null || !written.problems().isEmpty()) {
            return Optional.empty();
        }
        List<Output> outputs = written.results().stream().map(OutputBatch.Result::output).toList();
        try {
            stamps.record(request, outputs, problems);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("lightspeed:generate: cannot record " + stamps.stampFile() + " (" + e.getMessage()
                    + "); the next build regenerates");
        }
    }
}

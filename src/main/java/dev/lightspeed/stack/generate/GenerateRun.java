package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.RuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One execution of the generate goal, as {@link GenerateGoal} left it: skipped (a module without a declaration), a
 * replay of the last run (its stamp proved that nothing changed: {@link #replayed()}, with that run's messages and
 * outputs), or a fresh result whose outputs {@link #write()} writes together ({@link OutputBatch}: all or none) and
 * {@link #record} stamps; {@link #summary} is the line that ends the goal's log.
 */
public final class GenerateRun {

    /**
     * What writing did: every output's result in order, or the problem that stopped it (then nothing was written),
     * and a stale {@code llslibdev.toml} removed because the group no longer goes into a fragment.
     */
    public record Written(List<OutputBatch.Result> results, List<Problem> problems, Optional<Path> removed) {

        /** Nothing written (a replayed run). */
        public static final Written NONE = new Written(List.of(), List.of(), Optional.empty());
    }

    private final String skipped;
    private final List<Problem> problems;
    private final List<Path> replayedOutputs;
    private final GenerateResult result;
    private final GenerateRequest request;
    private final StampedGenerate stamps;
    private GenerateResult assembled;

    private GenerateRun(String skipped, List<Problem> problems, List<Path> replayedOutputs, GenerateResult result,
            GenerateRequest request, StampedGenerate stamps) {
        this.skipped = skipped;
        this.problems = List.copyOf(problems);
        this.replayedOutputs = replayedOutputs;
        this.result = result;
        this.request = request;
        this.stamps = stamps;
    }

    static GenerateRun failed(List<Problem> problems) {
        return new GenerateRun(null, problems, null, null, null, null);
    }

    static GenerateRun skipped(String why) {
        return new GenerateRun(why, List.of(), null, null, null, null);
    }

    static GenerateRun replay(Stamp stamp, GenerateRequest request) {
        return new GenerateRun(null, stamp.problems(), stamp.outputs().stream().map(Stamp.StampedOutput::path)
                .toList(), null, request, null);
    }

    static GenerateRun generated(GenerateResult result, GenerateRequest request, StampedGenerate stamps) {
        return new GenerateRun(null, result.problems(), null, result, request, stamps);
    }

    /** Why nothing was done (a module without a declaration at the default path), or empty. */
    public Optional<String> skipped() {
        return Optional.ofNullable(skipped);
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
        return result == null || result.declaration().isEmpty() ? Optional.empty()
                : Optional.of(result.declaration().get().llamaStack());
    }

    /** The run.yaml a run without errors is about to write (with its bytes); empty otherwise. */
    public Optional<Output> runYaml() {
        if (result == null || result.hasErrors()) {
            return Optional.empty();
        }
        for (Output o : result.outputs()) {
            if (o.path().getFileName().toString().equals(StackGenerator.RUN_YAML)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the declaration wrote the provider the generated run.yaml holds at {@code path} (e.g.
     * {@code providers.inference[0]}) as {@code api}/{@code providerId}: in its {@code override:}, else its entry in
     * {@code providers:} (of the file or the POM's {@code <providers>}); empty when the declaration did not write it.
     * A replayed run reads the declaration again for this, once, and only when asked.
     */
    public Optional<Location> declaredProvider(String api, String providerId, String path) {
        if (assembled == null) {
            assembled = result != null ? result : request != null ? new StackGenerator().assemble(request)
                    : new GenerateResult(List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        Optional<Location> inOverride = assembled.declaration().flatMap(d -> OverrideLocator.inOverride(d, path));
        return inOverride.isPresent() ? inOverride : assembled.stack().flatMap(m -> m.providersOf(api).stream()
                .filter(p -> p.providerId().equals(providerId)).map(ProviderInstance::where).findFirst());
    }

    /** The declaration's {@code allowUnsupported} (type → reason); empty when it was not read. */
    public Map<String, String> allowUnsupported() {
        return result == null || result.declaration().isEmpty() ? Map.of()
                : result.declaration().get().allowUnsupported();
    }

    /**
     * Writes the outputs of a run without errors: all of them, or none (then a problem says why). When the group no
     * longer goes into the fragment file, a {@code llslibdev.toml} left in the output directory by an earlier build
     * is removed, so it is neither packaged nor mistaken for the current group.
     */
    public Written write() {
        if (result == null || result.hasErrors()) {
            return Written.NONE;
        }
        try {
            List<OutputBatch.Result> results = result.batch().commit();
            return new Written(results, List.of(), removeStaleFragment());
        } catch (IOException e) {
            return new Written(List.of(), List.of(Problem.error(RuleId.OUTPUT_WRITE_FAILED, Location.NONE, "",
                    e.getMessage() + "; nothing was written", "check that the output directory and pyproject.toml"
                    + " are writable files in writable directories")), Optional.empty());
        }
    }

    private Optional<Path> removeStaleFragment() throws IOException {
        Path fragment = request.outputDirectory().resolve(LlslibdevStep.FRAGMENT);
        if (request.pyproject().enabled() && request.pyproject().writesFragment()
                || !Files.isRegularFile(fragment, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Files.delete(fragment);
        return Optional.of(fragment);
    }

    /**
     * The line that ends the goal's log, like validate's: what was generated for which release, what was written or
     * found up to date, and the count of errors and warnings.
     *
     * @param display how a path is shown (relative to the project)
     */
    public String summary(Written written, Function<Path, String> display) {
        return GenerateSummary.line(this, result, request, written, display);
    }

    /**
     * Records a successful run's stamp; returns why it could not be written (that only costs the next build a
     * regeneration).
     */
    public Optional<String> record(Written written) {
        if (stamps == null || result == null || !written.problems().isEmpty()) {
            return Optional.empty();
        }
        List<Output> outputs = new ArrayList<>();
        for (OutputBatch.Result r : written.results()) {
            outputs.add(r.output());
        }
        try {
            stamps.record(request, outputs, problems);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("lightspeed:generate: cannot record " + stamps.stampFile() + " (" + e.getMessage()
                    + "); the next build regenerates");
        }
    }
}

package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The up-to-date protocol of one generate execution: before generating, {@link #upToDate} says whether the last run's
 * {@link Stamp} proves that generating again would change nothing; after a successful run has written its outputs,
 * {@link #record} saves the new stamp. Immutable.
 *
 * @param stampFile where this execution's stamp lives (under {@code target/}, outside the packaged outputs)
 * @param settings  what the request does not carry but the run depends on (e.g. {@code failOnWarning}); see
 *                  {@link UpToDate#fingerprint}
 */
public record StampedGenerate(Path stampFile, Map<String, String> settings) {

    public StampedGenerate {
        settings = Map.copyOf(settings);
    }

    /**
     * Where an execution keeps its stamp: {@code <build directory>/lightspeed-stamps/<execution id>.stamp}, outside
     * the output directory (which is packaged); {@code default} when there is no execution id.
     */
    public static Path stampFile(Path buildDirectory, String executionId) {
        return buildDirectory.resolve("lightspeed-stamps").resolve((executionId == null ? "default" : executionId)
                + ".stamp");
    }

    /** The last run's stamp if generating {@code request} again would change nothing; otherwise empty. */
    public Optional<Stamp> upToDate(GenerateRequest request) throws IOException {
        Optional<Stamp> stamp = Stamp.read(stampFile); // none on a fresh build: no fingerprint to take before generating
        return stamp.isEmpty() ? stamp : UpToDate.current(stamp, fingerprint(request));
    }

    /** Records a successful run; the fingerprint is taken after writing, as pyproject.toml may have changed. */
    public void record(GenerateRequest request, GenerateResult result) throws IOException {
        record(request, result.outputs(), result.problems());
    }

    /** The same, for the outputs as written (an edit redone at write time may differ from the result's bytes). */
    public void record(GenerateRequest request, List<Output> outputs, List<Problem> problems) throws IOException {
        Stamp.of(fingerprint(request), outputs, problems).write(stampFile);
    }

    private String fingerprint(GenerateRequest request) throws IOException {
        try {
            return UpToDate.fingerprint(request, settings);
        } catch (IOException e) {
            throw new IOException("cannot read an input of lightspeed:generate: " + e.getMessage(), e);
        }
    }
}

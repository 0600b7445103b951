package dev.lightspeed.stack.incremental;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import java.io.IOException;
import java.nio.file.Path;
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

    /** The last run's stamp if generating {@code request} again would change nothing; otherwise empty. */
    public Optional<Stamp> upToDate(GenerateRequest request) throws IOException {
        return UpToDate.check(stampFile, fingerprint(request));
    }

    /** Records a successful run; the fingerprint is taken after writing, as pyproject.toml may have changed. */
    public void record(GenerateRequest request, GenerateResult result) throws IOException {
        Stamp.of(fingerprint(request), result.outputs(), result.problems()).write(stampFile);
    }

    private String fingerprint(GenerateRequest request) throws IOException {
        try {
            return UpToDate.fingerprint(request, settings);
        } catch (IOException e) {
            throw new IOException("cannot read an input of lightspeed:generate: " + e.getMessage(), e);
        }
    }
}

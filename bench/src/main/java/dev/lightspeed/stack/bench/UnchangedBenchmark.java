package dev.lightspeed.stack.bench;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.incremental.StampedGenerate;
import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Unchanged inputs with the outputs on disk (10 providers): what the Mojo does, digesting the inputs and checking
 * the last run's stamp (target ≤ 0.2 ms), against the alternative of generating again and comparing the bytes with
 * the files. Both must find that nothing is to be written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class UnchangedBenchmark {

    private static final Map<String, String> SETTINGS = Map.of("failOnWarning", "false");

    private GenerateRequest request;
    private Path stampFile;
    private StampedGenerate stamps;

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("bench-unchanged");
        request = Declarations.request(10, dir.resolve("out"));
        GenerateResult r = new StackGenerator().generate(request);
        for (Output o : r.outputs()) {
            AtomicWriter.writeIfChanged(o);
        }
        stampFile = dir.resolve("target/lightspeed-stamps/default.stamp");
        stamps = new StampedGenerate(stampFile, SETTINGS);
        stamps.record(request, r);
        if (!stampPath() || !regenerateAndCompare()) {
            throw new IllegalStateException("the unchanged path does not see the outputs as up to date");
        }
    }

    /** The Mojo's path: the stamp, then the inputs and the outputs compared with what it keeps. */
    @Benchmark
    public boolean stampPath() throws Exception {
        return stamps.upToDate(request).isPresent();
    }

    /** The alternative: generate in memory, then compare each output's bytes with the file. */
    @Benchmark
    public boolean regenerateAndCompare() {
        GenerateResult r = new StackGenerator().generate(request);
        return r.outputs().stream().allMatch(o -> AtomicWriter.isUpToDate(o.path(), o.bytes()));
    }
}

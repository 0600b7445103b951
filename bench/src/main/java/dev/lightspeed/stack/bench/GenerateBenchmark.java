package dev.lightspeed.stack.bench;

import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, in process: declaration bytes → run.yaml + llslibdev bytes (nothing written). Targets: ≤ 1 ms per call for
 * 10 providers, ≤ 3 ms for 40.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class GenerateBenchmark {

    @Param({"10", "40"})
    public int providers;

    private GenerateRequest request;

    @Setup
    public void setUp() throws Exception {
        request = Declarations.request(providers, Files.createTempDirectory("bench-gen"));
        GenerateResult r = new StackGenerator().generate(request);
        if (r.hasErrors() || r.outputs().size() != 2) {
            throw new IllegalStateException("benchmark declaration does not generate: " + r.problems());
        }
    }

    @Benchmark
    public GenerateResult generate() {
        return new StackGenerator().generate(request);
    }
}

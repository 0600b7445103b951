package dev.lightspeed.stack.bench;

import com.sun.management.ThreadMXBean;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.UpToDate;
import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a build's first generate call spends its time, in a fresh JVM: the bundled catalog's load, the real
 * {@link StackGenerator#generate} (declaration parse, validation, run.yaml and the llslibdev fragment), and the writes
 * the Mojo then does (outputs and stamp), first cold and then warm. Cold − warm is what class loading and the
 * interpreter cost the phase. Also the heap the plugin's work adds: bytes allocated during
 * the cold run (an upper bound of the added peak: it assumes no collection at all) and bytes still reachable after a
 * full GC (the cached catalog). Prints {@code phase <name> <cold ms> <warm ms> <classes loaded>} and
 * {@code heap <allocated MiB> <retained MiB>} lines for bench/run.sh. Uses the core's public API only.
 */
public final class ColdBreakdown {

    private static final String[] PHASES = {"catalog load", "generate", "writes"};

    private ColdBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Path dir = Files.createTempDirectory("bench-cold");
        GenerateRequest coldRequest = Declarations.request(10, dir.resolve("cold"));
        GenerateRequest warmRequest = Declarations.request(10, dir.resolve("warm"));
        fullGc(mem);
        long used0 = mem.getHeapMemoryUsage().getUsed();
        long alloc0 = threads.getThreadAllocatedBytes(tid);
        Map<String, long[]> cold = run(coldRequest);
        long allocated = threads.getThreadAllocatedBytes(tid) - alloc0;
        fullGc(mem);
        long retained = mem.getHeapMemoryUsage().getUsed() - used0;
        for (int i = 0; i < 2000; i++) {
            run(warmRequest);
        }
        Map<String, long[]> warm = new LinkedHashMap<>();
        int n = 500;
        for (int i = 0; i < n; i++) {
            run(warmRequest).forEach((k, v) -> warm.merge(k, v.clone(), (a, b) -> {
                a[0] += b[0];
                return a;
            }));
        }
        for (String p : PHASES) {
            System.out.printf(java.util.Locale.ROOT, "phase %s|%.2f|%.3f|%d%n", p, cold.get(p)[0] / 1e6,
                    warm.get(p)[0] / 1e6 / n, cold.get(p)[1]);
        }
        System.out.printf(java.util.Locale.ROOT, "heap|%.1f|%.1f%n", allocated / 1048576.0, retained / 1048576.0);
    }

    /** One generate run, phase by phase: name → {nanoseconds, classes loaded}. */
    static Map<String, long[]> run(GenerateRequest req) throws Exception {
        Map<String, long[]> t = new LinkedHashMap<>();
        Phase ph = new Phase(t);
        BundledCatalogs.get("0.3.5"); // what generate reads the release's catalog from (cached per JVM)
        ph.end("catalog load");
        GenerateResult result = new StackGenerator().generate(req);
        ph.end("generate");
        if (result.hasErrors()) {
            throw new IllegalStateException(result.problems().toString());
        }
        for (Output o : result.outputs()) {
            AtomicWriter.writeIfChanged(o);
        }
        Stamp.of(UpToDate.fingerprint(req, Map.of()), result.outputs(), List.of())
                .write(req.outputDirectory().resolve("stamp"));
        ph.end("writes");
        return t;
    }

    private static void fullGc(MemoryMXBean mem) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            mem.gc();
            Thread.sleep(50);
        }
    }

    /** Times consecutive phases and counts the classes each loads. */
    private static final class Phase {
        private final Map<String, long[]> into;
        private long start = System.nanoTime();
        private long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

        Phase(Map<String, long[]> into) {
            this.into = into;
        }

        void end(String name) {
            long now = System.nanoTime();
            long c = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            into.put(name, new long[] {now - start, c - classes});
            start = System.nanoTime();
            classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        }
    }
}

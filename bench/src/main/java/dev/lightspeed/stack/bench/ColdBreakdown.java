package dev.lightspeed.stack.bench;

import com.sun.management.ThreadMXBean;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.PyprojectMode;
import dev.lightspeed.stack.generate.PyprojectTarget;
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
 * Where a build's first generate call spends its time, in a fresh JVM, for a project (argument: its directory, with
 * {@code src/main/lightspeed/stack.yaml} and {@code pyproject.toml}; default {@code examples/openai-rag}): the bundled
 * catalog's load, the real {@link StackGenerator#generate} (declaration parse, validation, run.yaml), the same call
 * again with the llslibdev group written into a copy of the project's pyproject.toml (a warm generate plus the cold
 * pyproject edit), and the writes the Mojo then does (outputs and stamp), first cold and then warm. Cold − warm is what class loading and the
 * interpreter cost the phase. Also the heap the plugin's work adds: bytes allocated during
 * the cold run (an upper bound of the added peak: it assumes no collection at all) and bytes still reachable after a
 * full GC (the cached catalog). Prints {@code phase <name>|<cold ms>|<cold CPU ms>|<warm ms>|<classes loaded>} and
 * {@code heap <allocated MiB> <retained MiB>} lines for bench/run.sh. Uses the core's public API only.
 */
public final class ColdBreakdown {

    private static final String[] PHASES = {"catalog load", "generate", "pyproject edit", "writes"};

    private ColdBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Path project = Path.of(args.length > 0 ? args[0] : "examples/openai-rag");
        Path dir = Files.createTempDirectory("bench-cold");
        Project coldRequest = Project.copy(project, dir.resolve("cold"));
        Project warmRequest = Project.copy(project, dir.resolve("warm"));
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
            System.out.printf(java.util.Locale.ROOT, "phase %s|%.2f|%.2f|%.3f|%d%n", p, cold.get(p)[0] / 1e6,
                    cold.get(p)[2] / 1e6, warm.get(p)[0] / 1e6 / n, cold.get(p)[1]);
        }
        System.out.printf(java.util.Locale.ROOT, "heap|%.1f|%.1f%n", allocated / 1048576.0, retained / 1048576.0);
    }

    /** One generate run, phase by phase: name → {nanoseconds, classes loaded}. */
    static Map<String, long[]> run(Project project) throws Exception {
        Map<String, long[]> t = new LinkedHashMap<>();
        Phase ph = new Phase(t);
        BundledCatalogs.get(project.release()); // what generate reads the release's catalog from (cached per JVM)
        ph.end("catalog load");
        check(new StackGenerator().generate(project.request(PyprojectMode.OFF)));
        ph.end("generate");
        GenerateRequest req = project.request(PyprojectMode.WRITE);
        GenerateResult result = check(new StackGenerator().generate(req));
        ph.end("pyproject edit");
        for (Output o : result.outputs()) {
            AtomicWriter.writeIfChanged(o);
        }
        Stamp.of(UpToDate.fingerprint(req, Map.of()), result.outputs(), List.of())
                .write(req.outputDirectory().resolve("stamp"));
        ph.end("writes");
        return t;
    }

    private static GenerateResult check(GenerateResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result;
    }

    /** A copy of a project's declaration and pyproject.toml in a directory of its own. */
    record Project(Path dir, byte[] declaration, String release) {

        static Project copy(Path from, Path to) throws java.io.IOException {
            Files.createDirectories(to);
            Files.copy(from.resolve("pyproject.toml"), to.resolve("pyproject.toml"));
            byte[] declaration = Files.readAllBytes(from.resolve("src/main/lightspeed/stack.yaml"));
            String release = BundledCatalogs.DEFAULT_RELEASE; // no regex here: it would preload what the plugin loads
            for (String line : new String(declaration, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("llamaStack:")) {
                    release = line.substring("llamaStack:".length()).replace("\"", "").trim();
                }
            }
            return new Project(to, declaration, release);
        }

        GenerateRequest request(PyprojectMode mode) {
            return new GenerateRequest(declaration, "src/main/lightspeed/stack.yaml", null, List.of(),
                    dir.resolve("target/generated-resources/lightspeed"), false,
                    new PyprojectTarget(dir.resolve("pyproject.toml"), "pyproject.toml", dir, mode));
        }
    }

    private static void fullGc(MemoryMXBean mem) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            mem.gc();
            Thread.sleep(50);
        }
    }

    /**
     * Times consecutive phases (wall time, and the process's CPU time: all threads, the JIT compilers included, and
     * far less disturbed than wall time by other work on a shared machine) and counts the classes each loads.
     */
    private static final class Phase {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final Map<String, long[]> into;
        private long start = System.nanoTime();
        private long cpu = OS.getProcessCpuTime();
        private long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

        Phase(Map<String, long[]> into) {
            this.into = into;
        }

        void end(String name) {
            long now = System.nanoTime();
            long cpuNow = OS.getProcessCpuTime();
            long c = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            into.put(name, new long[] {now - start, c - classes, cpuNow - cpu});
            start = System.nanoTime();
            cpu = OS.getProcessCpuTime();
            classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        }
    }
}

package dev.lightspeed.stack.generate;

import com.sun.management.ThreadMXBean;
import dev.lightspeed.stack.bench.Declarations;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclarationReader;
import dev.lightspeed.stack.incremental.Stamp;
import dev.lightspeed.stack.incremental.UpToDate;
import dev.lightspeed.stack.io.AtomicWriter;
import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.pyproject.DependencyGroup;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.validate.Validator;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a build's first generate call spends its time, in a fresh JVM: the phases of {@link StackGenerator} run one
 * by one (catalog load, declaration parse, validation, generation, writes), first cold and then warm. Cold − warm is
 * what class loading and the interpreter cost the phase. Also the heap the plugin's work adds: bytes allocated during
 * the cold run (an upper bound of the added peak: it assumes no collection at all) and bytes still reachable after a
 * full GC (the cached catalog). Prints {@code phase <name> <cold ms> <warm ms> <classes loaded>} and
 * {@code heap <allocated MiB> <retained MiB>} lines for bench/run.sh. In package {@code generate} to reach the phases.
 */
public final class ColdBreakdown {

    private static final String[] PHASES = {"catalog load", "declaration parse", "validation", "generation", "writes"};

    private ColdBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        byte[] decl = Declarations.bytes(10);
        Path dir = Files.createTempDirectory("bench-cold");
        fullGc(mem);
        long used0 = mem.getHeapMemoryUsage().getUsed();
        long alloc0 = threads.getThreadAllocatedBytes(tid);
        Map<String, long[]> cold = run(decl, dir.resolve("cold"));
        long allocated = threads.getThreadAllocatedBytes(tid) - alloc0;
        fullGc(mem);
        long retained = mem.getHeapMemoryUsage().getUsed() - used0;
        for (int i = 0; i < 2000; i++) {
            run(decl, dir.resolve("warm"));
        }
        Map<String, long[]> warm = new LinkedHashMap<>();
        int n = 500;
        for (int i = 0; i < n; i++) {
            run(decl, dir.resolve("warm")).forEach((k, v) -> warm.merge(k, v.clone(), (a, b) -> {
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
    static Map<String, long[]> run(byte[] decl, Path out) throws Exception {
        Map<String, long[]> t = new LinkedHashMap<>();
        Phase ph = new Phase(t);
        Catalog catalog = BundledCatalogs.get("0.3.5");
        ph.end("catalog load");
        Problems problems = new Problems();
        Declaration d = new DeclarationReader().read(decl, "src/main/lightspeed/stack.yaml", null).declaration()
                .orElseThrow();
        ph.end("declaration parse");
        StackModel model = StackAssembler.assemble(d, catalog, problems);
        Validator.validate(model, Policy.LCS, problems);
        DeclarationChecks.check(d, model, problems);
        ph.end("validation");
        Map<String, Object> doc = RunYamlGenerator.document(model, d);
        byte[] runYaml = YamlWriter.write(doc).getBytes(StandardCharsets.UTF_8);
        DependencyGroup group = LlslibdevStep.group(model, d, problems);
        GenerateRequest req = Declarations.request(10, out);
        List<Output> outputs = new ArrayList<>();
        outputs.add(new Output(out.resolve("run.yaml"), runYaml, true));
        LlslibdevStep.apply(group, req.pyproject(), out, problems).ifPresent(outputs::add);
        ph.end("generation");
        if (problems.hasErrors()) {
            throw new IllegalStateException(problems.sorted().toString());
        }
        for (Output o : outputs) {
            AtomicWriter.writeIfChanged(o);
        }
        Stamp.of(UpToDate.fingerprint(req, Map.of()), outputs, List.of()).write(out.resolve("stamp"));
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

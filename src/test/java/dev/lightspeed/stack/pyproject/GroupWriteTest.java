package dev.lightspeed.stack.pyproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.io.Output;
import dev.lightspeed.stack.io.OutputBatch;
import dev.lightspeed.stack.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modules of a {@code -T} build sharing one pyproject.toml: each computes its edit from the file as it read it, and
 * writes in parallel with the others; no module's {@code [[tool.uv.index]]} may vanish.
 */
class GroupWriteTest {

    static final int THREADS = 8;
    static final int ROUNDS = 20;

    @TempDir
    Path dir;

    private static DependencyGroup group(int module) {
        Problems p = new Problems();
        DependencyGroup g = new DependencyGroupBuilder().provider("API inference: remote::m" + module, List.of(
                "pkg" + module + " --extra-index-url https://pypi.m" + module + ".test/simple")).build(p);
        assertTrue(p.isEmpty(), p.sorted().toString());
        return g;
    }

    @Test
    void parallelWritersNeverLoseAnIndex() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Path file = Files.writeString(dir.resolve("pyproject" + round + ".toml"),
                        "[project]\nname = \"shared\"\n");
                byte[] read = Files.readAllBytes(file); // every module reads before any writes
                List<Callable<Boolean>> modules = new ArrayList<>();
                for (int m = 0; m < THREADS; m++) {
                    DependencyGroup g = group(m);
                    EditResult edited = new PyprojectEditor("pyproject.toml").edit(read, g);
                    modules.add(() -> new OutputBatch().add(new Output(file, edited.bytes(), false),
                            new GroupWrite("pyproject.toml", g)).commit().get(0).written());
                }
                for (Future<Boolean> f : pool.invokeAll(modules)) {
                    assertTrue(f.get(), "each module changes the file");
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (int m = 0; m < THREADS; m++) {
                    assertTrue(text.contains("url = \"https://pypi.m" + m + ".test/simple\""), "round " + round
                            + ": module " + m + "'s index was lost:\n" + text);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherModuleWritingOtherContentsIntoTheSameGroupIsNamed() {
        Path file = dir.resolve("pyproject.toml");
        assertEquals(Optional.empty(), new GroupWrite("pyproject.toml", group(1)).claim(file, "/a/target"));
        assertEquals(Optional.empty(), new GroupWrite("pyproject.toml", group(1)).claim(file, "/b/target"),
                "the same contents");
        assertEquals(Optional.empty(), new GroupWrite("pyproject.toml", group(2)).claim(file, "/b/target"),
                "the same module again");
        assertEquals(Optional.of("/b/target"), new GroupWrite("pyproject.toml", group(3)).claim(file, "/c/target"));
    }
}

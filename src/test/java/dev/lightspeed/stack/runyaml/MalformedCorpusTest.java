package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes {@code validate}: every file of the corpus (≥ 200, made by {@link CorpusGenerator}) and the
 * big inputs made here at test time give a clear error with a location, and no exception escapes. The timeout is a
 * crash guard (a hang), not a speed benchmark.
 */
class MalformedCorpusTest {

    private static final String CORPUS = "validate/corpus";
    /** Problems about a whole file: positioned at the file (and, where it can be told, a line). */
    private static final Set<String> WHOLE_FILE = Set.of("file-unreadable", "yaml-limit", "yaml-encoding");

    @TempDir
    Path tmp;

    @Test
    void corpusOnDiskIsWhatTheGeneratorMakes() throws IOException {
        Map<String, byte[]> generated = CorpusGenerator.generate();
        Path dir = TestFiles.sourceResource(CORPUS);
        if (TestFiles.goldenUpdate()) {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, byte[]> e : generated.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(generated.keySet()), onDisk, "run with -Dgolden.update=true to regenerate");
        for (Map.Entry<String, byte[]> e : generated.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())), e.getKey());
        }
        assertTrue(generated.size() >= 200, "corpus has " + generated.size() + " files");
    }

    @Test
    void everyCorpusFileFailsTheLcsPolicyWithAPositionedError() {
        List<FileResult> results = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> runCorpus("lcs"));
        assertTrue(results.size() >= 200, "corpus has " + results.size() + " files");
        List<String> bad = new ArrayList<>();
        for (FileResult f : results) {
            List<Problem> errors = f.problems().stream().filter(Problem::isError).toList();
            if (errors.isEmpty()) {
                bad.add(f.path() + ": no error");
            }
            for (Problem p : f.problems()) {
                checkPositioned(f, p, bad);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theLlamaStackPolicyReadsTheCorpusWithoutCrashing() {
        List<FileResult> results = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> runCorpus("llama-stack"));
        List<String> bad = new ArrayList<>();
        results.forEach(f -> f.problems().forEach(p -> checkPositioned(f, p, bad)));
        assertEquals(List.of(), bad);
        long failing = results.stream().filter(f -> !f.ok()).count();
        assertTrue(failing > results.size() / 2, "most malformed files also stop llama-stack: " + failing);
    }

    @Test
    void bigAndHostileInputsAreRefusedWithALocation() throws IOException {
        write("ten-megabytes.yaml", "image_name: x\npad: '" + "x".repeat(10 * 1024 * 1024) + "'\n");
        write("deep-block.yaml", deepBlock(5_000));
        write("deep-flow.yaml", "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        write("deep-flow-map.yaml", "a: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n");
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            wide.append('k').append(i).append(": 1\n");
        }
        write("many-nodes.yaml", wide.toString());
        write("long-line.yaml", "image_name: " + "y".repeat(3_000_000) + "\n");
        Files.createDirectory(tmp.resolve("a-directory.yaml"));
        List<String> names = List.of("ten-megabytes.yaml", "deep-block.yaml", "deep-flow.yaml", "deep-flow-map.yaml",
                "many-nodes.yaml", "long-line.yaml", "a-directory.yaml", "missing.yaml");
        ValidateRun run = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> new ValidateRunner()
                .run(new ValidateRequest(tmp, names, "0.3.5", "lcs", List.of())));
        assertEquals(names, run.files().stream().map(FileResult::path).toList());
        List<String> bad = new ArrayList<>();
        for (FileResult f : run.files()) {
            assertFalse(f.ok(), f.path());
            f.problems().forEach(p -> checkPositioned(f, p, bad));
        }
        assertEquals(List.of(), bad);
        assertEquals("yaml-limit", run.files().get(0).problems().get(0).rule());
        assertEquals("yaml-limit", run.files().get(4).problems().get(0).rule());
    }

    private static String deepBlock(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        return sb.append(" ".repeat(depth)).append("v\n").toString();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void checkPositioned(FileResult f, Problem p, List<String> bad) {
        if (p.rule().equals("internal-error")) {
            bad.add(f.path() + ": " + p.oneLine());
        }
        if (!p.location().file().equals(f.path())) {
            bad.add(f.path() + ": problem not in the file: " + p.oneLine());
        }
        if (p.isError() && p.location().line() <= 0 && !WHOLE_FILE.contains(p.rule())) {
            bad.add(f.path() + ": error without a line: " + p.oneLine());
        }
        if (p.message().isBlank() || p.fix().isBlank() && p.isError()) {
            bad.add(f.path() + ": error without message or fix: " + p.oneLine());
        }
    }

    private static List<FileResult> runCorpus(String policy) throws IOException {
        Path dir = TestFiles.resource(CORPUS);
        List<String> current = new ArrayList<>();
        List<String> old = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).sorted()
                    .forEach(n -> (n.startsWith("old-") ? old : current).add(n));
        }
        List<FileResult> out = new ArrayList<>();
        ValidateRunner runner = new ValidateRunner();
        out.addAll(runner.run(new ValidateRequest(dir, current, "0.3.5", policy, List.of())).files());
        out.addAll(runner.run(new ValidateRequest(dir, old, "0.2.22", policy, List.of())).files());
        return out;
    }
}

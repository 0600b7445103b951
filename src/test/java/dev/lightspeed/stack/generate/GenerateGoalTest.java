package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal without Maven: parameter problems, own inputs, the release's verdict, all-or-nothing, replay. */
class GenerateGoalTest {

    static final String DECLARATION = "llamaStack: 0.3.5\nproviders:\n  - type: remote::openai\n    config:\n"
            + "      api_key: ${env.OPENAI_API_KEY}\n";

    @TempDir
    Path dir;

    private GenerateParameters params(Path declaration, Path out, String mode, List<String> providers,
            Path stamp) {
        return new GenerateParameters(declaration, "stack.yaml", providers, "d", null, List.of(), out,
                dir.resolve("pyproject.toml"), "pyproject.toml", dir, mode, false, "pom.xml", stamp, Map.of());
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void everyParameterProblemIsReportedAtOnceWithItsRuleId() {
        GenerateRun run = GenerateGoal.run(params(dir.resolve("stack.yaml"), dir.resolve("out"), "rewrite",
                List.of(), null));
        assertEquals(List.of("error pom.xml: declaration-missing: no declaration: stack.yaml does not exist and no"
                + " <providers> are configured (fix: create stack.yaml with 'providers: [{type: remote::openai, api: inference}]',"
                + " set <declaration> / -Dlightspeed.declaration, or list <providers> in the POM)",
                "error pom.xml: parameter: pyprojectMode: unknown <pyprojectMode> 'rewrite' (fix: use write, check,"
                + " fragment, off or auto, e.g. -Dlightspeed.pyprojectMode=check)"), lines(run.problems()));
        assertTrue(run.write().results().isEmpty());
    }

    @Test
    void aDirectoryAsTheDeclarationIsNamedForWhatItIs() throws IOException {
        Path decl = Files.createDirectory(dir.resolve("lightspeed"));
        GenerateRun run = GenerateGoal.run(new GenerateParameters(decl, "lightspeed", List.of(), "d", null, List.of(),
                dir.resolve("out"), dir.resolve("pyproject.toml"), "pyproject.toml", dir, "off", false, "pom.xml",
                null, Map.of()));
        assertEquals(List.of("error lightspeed: file-unreadable: is a directory; the declaration is one YAML file (fix:"
                + " set <declaration> / -Dlightspeed.declaration to the file itself, e.g. lightspeed/stack.yaml)"),
                lines(run.problems()));
    }

    @Test
    void autoChecksInCiOnlyWhenTheEnvironmentSaysTrue() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"p\"\n");
        for (String ci : List.of("true", "TRUE", " True ")) {
            GenerateRun run = GenerateGoal.run(new GenerateParameters(decl, "stack.yaml", List.of(), "d", null,
                    List.of(), dir.resolve("out"), dir.resolve("pyproject.toml"), "pyproject.toml", dir, "auto", false,
                    "pom.xml", null, Map.of(), false, Map.of("CI", ci)::get));
            assertEquals(List.of("pyproject-out-of-date"), run.problems().stream().filter(Problem::isError)
                    .map(Problem::rule).toList(), "CI=" + ci);
        }
        for (String ci : List.of("false", "1", "")) {
            GenerateRun run = GenerateGoal.run(new GenerateParameters(decl, "stack.yaml", List.of(), "d", null,
                    List.of(), dir.resolve("out"), dir.resolve("pyproject.toml"), "pyproject.toml", dir, "auto", false,
                    "pom.xml", null, Map.of(), false, Map.of("CI", ci)::get));
            assertTrue(run.problems().stream().noneMatch(Problem::isError), "CI=" + ci + ": " + run.problems());
        }
        assertEquals("[project]\nname = \"p\"\n", Files.readString(dir.resolve("pyproject.toml")));
    }

    @Test
    void theNoDepsNoteNamesTheTargetReleasesProduct() throws IOException {
        for (Map.Entry<String, String> product : Map.of("1.0.2", "OGX", "0.6.0", "llama-stack").entrySet()) {
            String release = product.getKey();
            Path decl = Files.writeString(dir.resolve("stack.yaml"), "llamaStack: " + release + "\nproviders:\n"
                    + "  - type: inline::sentence-transformers\nallowUnsupported:\n"
                    + "  - {type: inline::sentence-transformers, reason: local embeddings}\n");
            GenerateRun run = GenerateGoal.run(params(decl, dir.resolve("out"), "fragment", List.of(), null));
            assertEquals(List.of("sentence-transformers: " + product.getValue()
                    + " installs it with --no-deps (API inference: inline::sentence-transformers); a dependency"
                    + " group cannot say --no-deps, so its dependencies are installed too"), run.problems().stream()
                    .filter(p -> p.rule().equals("pyproject-note")).map(Problem::message).toList(), release);
        }
    }

    @Test
    void blankProviderEntriesAreIgnored() {
        GenerateParameters p = params(dir.resolve("stack.yaml"), dir.resolve("out"), "off",
                java.util.Arrays.asList(" inline::faiss", null, " "), null);
        assertEquals(List.of("inline::faiss"), p.providers());
        assertEquals(List.of("pom.xml <providers>:3:9"), GenerateGoal.run(p).problems().stream()
                .map(x -> x.location().toString()).toList(), "one provider, and no failure on the blank entries");
    }

    @Test
    void aPomProviderNamesItsApiAfterAnAt() {
        // OGX 1.0.2 (the default) has remote::openai under inference and files: a bare type is ambiguous
        List<String> bare = GenerateGoal.run(params(dir.resolve("stack.yaml"), dir.resolve("out"), "off",
                List.of("remote::openai"), null)).problems().stream().filter(Problem::isError).map(Problem::rule)
                .toList();
        assertEquals(List.of("provider-api-ambiguous"), bare);
        GenerateRun named = GenerateGoal.run(params(dir.resolve("stack.yaml"), dir.resolve("out"), "off",
                List.of("remote::openai@inference", "inline::faiss @ vector_io"), null));
        assertEquals(List.of(), named.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        String runYaml = new String(named.write().results().get(0).output().bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(runYaml.contains("  inference:\n  - provider_id: openai\n    provider_type: remote::openai\n"),
                runYaml);
        assertTrue(runYaml.contains("  vector_io:\n  - provider_id: faiss\n"), runYaml);
    }

    @Test
    void runYamlIsNeverWrittenOverTheDeclaration() throws IOException {
        Path decl = Files.writeString(dir.resolve("run.yaml"), DECLARATION);
        GenerateRun run = GenerateGoal.run(params(decl, dir.resolve("."), "off", List.of(), null));
        assertEquals(List.of("error stack.yaml: output-is-input: the run.yaml would be written over stack.yaml, an"
                + " input of this goal (" + dir.resolve(".").resolve("run.yaml") + ") (fix: write the outputs to"
                + " another directory (<outputDirectory> / -Dlightspeed.outputDirectory))"), lines(run.problems()));
        assertTrue(run.write().results().isEmpty());
        assertEquals(DECLARATION, Files.readString(decl));
    }

    @Test
    void anOverrideTheReleaseRefusesIsAnErrorInTheDeclaration() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), DECLARATION + "override:\n  apis: [inference, nope]\n");
        GenerateRun run = GenerateGoal.run(params(decl, dir.resolve("out"), "off", List.of(), null));
        List<String> errors = run.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("error stack.yaml:7:21: generated-invalid: apis[1]: run-api-unknown: "),
                errors.get(0));
        assertTrue(errors.get(0).contains("(llama-stack 0.3.5 would refuse the generated run.yaml) (fix: fix the"
                + " declaration's 'override:' block: "), errors.get(0));
        assertTrue(run.write().results().isEmpty());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aPyprojectThatCannotBeEditedAtWriteTimeLeavesRunYamlUnwritten() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname = \"p\"\n");
        GenerateRun run = GenerateGoal.run(params(decl, dir.resolve("out"), "write", List.of(), null));
        assertFalse(run.problems().stream().anyMatch(Problem::isError), lines(run.problems()).toString());
        Files.writeString(dir.resolve("pyproject.toml"), "[project\n"); // broken by another tool meanwhile

        GenerateRun.Written w = run.write();

        assertEquals(1, w.problems().size());
        assertTrue(w.problems().get(0).toString().startsWith("error output-write-failed: pyproject.toml changed"
                + " while the build ran and can no longer be edited: pyproject.toml:1:9: pyproject-syntax: "),
                w.problems().get(0).toString());
        assertTrue(w.problems().get(0).message().endsWith("; nothing was written"));
        assertFalse(Files.exists(dir.resolve("out/run.yaml")));
        assertEquals("[project\n", Files.readString(dir.resolve("pyproject.toml")));
    }

    @Test
    void aRecordedRunIsReplayedUntilAnInputChanges() throws IOException {
        Path decl = Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        Path stamp = dir.resolve("target/stamps/default.stamp");
        GenerateRun first = GenerateGoal.run(params(decl, dir.resolve("out"), "fragment", List.of(), stamp));
        GenerateRun.Written w = first.write();
        assertEquals(List.of(true, true), w.results().stream().map(r -> r.written()).toList());
        assertTrue(first.record(w).isEmpty());

        GenerateRun second = GenerateGoal.run(params(decl, dir.resolve("out"), "fragment", List.of(), stamp));
        assertTrue(second.replayed());
        assertEquals(List.of(dir.resolve("out/run.yaml").toAbsolutePath(),
                dir.resolve("out/llslibdev.toml").toAbsolutePath()), second.replayedOutputs());
        assertEquals(first.problems(), second.problems());

        Files.writeString(decl, DECLARATION + "distribution: other\n");
        assertFalse(GenerateGoal.run(params(decl, dir.resolve("out"), "fragment", List.of(), stamp)).replayed());
    }
}

package dev.lightspeed.stack.lcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.generate.GenerateGoal;
import dev.lightspeed.stack.generate.GenerateParameters;
import dev.lightspeed.stack.generate.GenerateRun;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate's check of the project's lightspeed-stack.yaml: a declared provider that LCS's synthesis replaces or
 * duplicates is warned about at the line the operator wrote (the declaration's entry, the POM's {@code <providers>},
 * the declaration's {@code override:}), never at a line of the generated run.yaml; also when the run is replayed.
 */
class LcsProfileCheckTest {

    private static final String LCS = """
            name: assistant
            llama_stack:
              use_as_library_client: true
              config:
                profile: out/run.yaml
            inference:
              providers:
              - type: openai
                api_key_env: OPENAI_API_KEY
              - type: vllm
                id: vllm-second
                extra:
                  base_url: http://second:8000/v1
            """;

    private static final String DECLARATION = """
            llamaStack: 1.0.2
            distribution: lcs-assistant
            providers:
              - type: remote::openai
                api: inference
                config:
                  api_key: ${env.OPENAI_API_KEY}
              - type: remote::vllm
                config:
                  base_url: http://first:8000/v1
            """;

    @TempDir
    Path dir;

    private GenerateParameters params(List<String> providers, Path stamp) {
        return params(providers, stamp, null);
    }

    /** @param release the release asked for (null: the declaration's) */
    private GenerateParameters params(List<String> providers, Path stamp, String release) {
        return new GenerateParameters(dir.resolve("stack.yaml"), "stack.yaml", providers, "d", release, List.of(),
                dir.resolve("out"), dir.resolve("pyproject.toml"), "pyproject.toml", dir, "off", false, "pom.xml",
                stamp, Map.of());
    }

    /** The LCS check as GenerateMojo runs it: on the bytes about to be written, or (replayed) on the file. */
    private List<String> check(GenerateRun run) throws IOException {
        Files.writeString(dir.resolve("lightspeed-stack.yaml"), LCS);
        byte[] bytes = run.replayed() ? null : run.runYaml().orElseThrow().bytes();
        return LcsProfileCheck.forProject(dir.resolve("lightspeed-stack.yaml"), "lightspeed-stack.yaml",
                dir.resolve("out/run.yaml"), "out/run.yaml", bytes, "1.0.2", List.of(), Map.of(),
                run::declaredProvider).stream().filter(p -> p.rule().startsWith("lcs-provider-"))
                .map(Problem::toString).toList();
    }

    @Test
    void aReplacedAndADuplicatedDeclaredProviderAreWarnedAtTheirDeclarationEntries() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        GenerateRun run = GenerateGoal.run(params(List.of(), null));
        assertEquals(List.of(), run.problems().stream().filter(Problem::isError).toList());
        assertEquals(List.of("warning stack.yaml:4:5: lcs-provider-replaced: providers.inference[0]: this declared"
                + " provider 'openai' is replaced by the inference.providers entry at lightspeed-stack.yaml:8:5: OGX"
                + " sees that entry, not the profile's (fix: keep one of the two: drop this provider from the"
                + " declaration, or drop the inference.providers entry, or give that entry another 'id:')",
                "warning stack.yaml:8:5: lcs-provider-duplicated: providers.inference[1]: the inference.providers"
                + " entry at lightspeed-stack.yaml:10:5 adds a second remote::vllm provider beside this declared"
                + " provider 'vllm': OGX serves both, and models may bind to either (fix: keep one: drop this provider"
                + " from the declaration, or the inference.providers entry)"), check(run));
    }

    @Test
    void aReplayedRunReadsTheDeclarationAgainForThePositions() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        GenerateRun first = GenerateGoal.run(params(List.of(), dir.resolve("stamp")));
        first.record(first.write());
        GenerateRun replayed = GenerateGoal.run(params(List.of(), dir.resolve("stamp")));
        assertTrue(replayed.replayed());
        assertEquals(check(first), check(replayed));
        assertEquals(List.of("stack.yaml:4:5", "stack.yaml:8:5"), check(replayed).stream()
                .map(l -> l.split(" ")[1].replaceFirst(":$", "")).toList());
    }

    @Test
    void providersFromThePomAreWarnedAtThePomsProviders() throws IOException {
        GenerateRun run = GenerateGoal.run(params(List.of("remote::vllm"), null, "1.0.2"));
        assertEquals(List.of("pom.xml <providers>:3:3"), check(run).stream().map(l -> l.substring(
                l.indexOf(' ') + 1, l.indexOf(": lcs-"))).toList());
    }

    @Test
    void aProviderTheOverrideWritesIsWarnedAtTheOverride() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION + """
                override:
                  providers:
                    inference:
                    - provider_id: openai
                      provider_type: remote::openai
                      config:
                        api_key: ${env.OPENAI_API_KEY}
                """);
        GenerateRun run = GenerateGoal.run(params(List.of(), null));
        assertEquals(List.of(), run.problems().stream().filter(Problem::isError).toList());
        assertEquals(List.of("stack.yaml:14:7"), check(run).stream().map(l -> l.substring(l.indexOf(' ') + 1,
                l.indexOf(": lcs-"))).toList());
    }

    @Test
    void aGeneratedProviderNoDeclarationEntryWroteIsWarnedAtTheInferenceProvidersEntry() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        Files.writeString(dir.resolve("lightspeed-stack.yaml"), LCS);
        byte[] bytes = GenerateGoal.run(params(List.of(), null)).runYaml().orElseThrow().bytes();
        assertEquals(List.of("warning lightspeed-stack.yaml:8:5: lcs-provider-replaced: providers.inference[0]: the"
                + " generated profile's provider 'openai' (not in the declaration) is replaced by this"
                + " inference.providers entry: OGX sees that entry, not the profile's (fix: keep one of the two: drop"
                + " this entry, or give this entry another 'id:')", "warning lightspeed-stack.yaml:10:5:"
                + " lcs-provider-duplicated: providers.inference[1]: this inference.providers entry adds a second"
                + " remote::vllm provider beside the generated profile's provider 'vllm' (not in the declaration):"
                + " OGX serves both, and models may bind to either (fix: keep one: drop this entry)"),
                LcsProfileCheck.forProject(dir.resolve("lightspeed-stack.yaml"), "lightspeed-stack.yaml",
                        dir.resolve("out/run.yaml"), "out/run.yaml", bytes, "1.0.2", List.of(), Map.of(),
                        (api, id, path) -> Optional.empty()).stream().filter(p -> p.rule().startsWith(
                                "lcs-provider-")).map(Problem::toString).toList());
    }

    @Test
    void aConfigurationThatDoesNotNameTheGeneratedFileIsToldHow() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION);
        byte[] bytes = GenerateGoal.run(params(List.of(), null)).runYaml().orElseThrow().bytes();
        assertEquals(List.of("warning lightspeed-stack.yaml:5:14: lcs-profile-not-generated: llama_stack: LCS does not"
                + " start from the generated out/run.yaml: this configuration starts from run.yaml; the synthesis below"
                + " was checked as if it named the generated file (fix: name it as the profile: 'llama_stack:"
                + " {use_as_library_client: true, config: {profile: out/run.yaml}}')"), setup(LCS.replace(
                        "profile: out/run.yaml", "profile: run.yaml"), bytes, "lcs-profile-not-generated"));
        assertEquals(List.of("warning lightspeed-stack.yaml:4:31: lcs-legacy-mode:"
                + " llama_stack.library_client_config_path: library_client_config_path is LCS's legacy mode (deprecated"
                + " since LCS 0.6, removed in 0.7) (fix: name it as the profile: 'llama_stack: {use_as_library_client:"
                + " true, config: {profile: out/run.yaml}}' instead)"), setup("""
                        name: assistant
                        llama_stack:
                          use_as_library_client: true
                          library_client_config_path: out/run.yaml
                        """, bytes, "lcs-legacy"));
    }

    @Test
    void aProfileGeneratedForAReleaseWithoutAnLcsBaselineNeedsNone() throws IOException {
        Files.writeString(dir.resolve("stack.yaml"), DECLARATION.replace("llamaStack: 1.0.2", "llamaStack: 0.3.5")
                .replace("base_url:", "url:"));
        GenerateRun run = GenerateGoal.run(params(List.of(), null));
        assertEquals(List.of(), run.problems().stream().filter(Problem::isError).toList());
        assertEquals(List.of(), setup(LCS, run.runYaml().orElseThrow().bytes(), "lcs-baseline-release", "0.3.5"));
    }

    /** The check of {@code lcs} against {@code bytes} as out/run.yaml: the problems whose rule starts with the prefix. */
    private List<String> setup(String lcs, byte[] bytes, String rulePrefix) throws IOException {
        return setup(lcs, bytes, rulePrefix, null);
    }

    private List<String> setup(String lcs, byte[] bytes, String rulePrefix, String release) throws IOException {
        Files.writeString(dir.resolve("lightspeed-stack.yaml"), lcs);
        return LcsProfileCheck.forProject(dir.resolve("lightspeed-stack.yaml"), "lightspeed-stack.yaml",
                dir.resolve("out/run.yaml"), "out/run.yaml", bytes, release, List.of(), Map.of(), ProfileOrigins.NONE)
                .stream().filter(p -> p.rule().startsWith(rulePrefix)).map(Problem::toString).toList();
    }
}

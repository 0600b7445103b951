package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import → generate on real run.yaml files gives back the same providers (api, id, type), the same config values
 * (environment references verbatim), the same resources and the same top level, except where the import says it
 * did not carry something over or changed it. Generated files (the examples' golden run.yaml files, in both release
 * shapes) come back byte for byte.
 */
class ImportRoundTripTest {

    static final String REAL = "real-configs/llama-stack-0.3.5/";

    /** The real 0.3.5 files llama-stack accepts (lcs-tests-configuration-run.yaml is in the 0.2 shape). */
    static Stream<String> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.resource(REAL))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("lcs-tests-configuration"))
                    .sorted().toList().stream();
        }
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.resource("golden/examples"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void realFileRoundTrips(String name) throws IOException {
        byte[] source = Files.readAllBytes(TestFiles.resource(REAL + name));
        ImportResult r = ImportFixture.importOk(source, name, null, false);
        String declaration = r.declaration().get();
        if (name.startsWith("llama-stack-starter")) {
            // the starter's azure is switched off by 'provider_id: ${env.AZURE_API_KEY:+azure}', and llama-stack
            // expands its config all the same: the bare ${env.AZURE_API_KEY} would stop a stack that starts with
            // nothing set, so the import keeps the starter's ${env.AZURE_API_KEY:=} (LCS's Azure rule takes it there)
            assertTrue(r.problems().stream().noneMatch(p -> p.rule().equals("import-azure-key")),
                    r.problems().toString());
        }
        GenerateResult g = ImportFixture.generate(declaration, null);
        if (name.startsWith("llama-stack-starter")) {
            String runYaml = ImportFixture.runYaml(g);
            assertTrue(runYaml.contains("provider_id: ${env.AZURE_API_KEY:+azure}\n    provider_type: remote::azure\n"
                    + "    config:\n      api_key: ${env.AZURE_API_KEY:=}\n"), runYaml);
        }
        Set<String> expected = ImportFixture.reported(r);
        List<String> diffs = RoundTrip.differences(ImportFixture.plain(source), ImportFixture.plain(
                ImportFixture.runYaml(g)), BundledCatalogs.get("0.3.5").shape(), expected);
        assertEquals(List.of(), diffs, declaration);
    }

    /**
     * A provider switched off by its id is expanded by llama-stack all the same (replace_env_vars, core/stack.py), so
     * what the import rewrites there (the Azure key, a literal secret) gets an empty default, never a bare reference
     * that would stop a stack that starts with nothing set.
     */
    @org.junit.jupiter.api.Test
    void rewritesInASwitchedOffProviderKeepTheStackStarting() throws IOException {
        String starter = Files.readString(TestFiles.resource(REAL + "llama-stack-starter-run.yaml"),
                StandardCharsets.UTF_8);
        String edited = starter.replace("api_key: ${env.AZURE_API_KEY:=}", "api_key: ${env.MY_AZURE_KEY:=}")
                .replace("api_key: ${env.CEREBRAS_API_KEY:=}", "api_key: csk-literal-secret-1234");
        ImportResult r = ImportFixture.importOk(edited.getBytes(StandardCharsets.UTF_8), "starter.yaml", null, false);
        Problem azure = r.problems().stream().filter(p -> p.rule().equals("import-azure-key")).findFirst()
                .orElseThrow(() -> new AssertionError(r.problems()));
        assertTrue(azure.message().contains("it is now ${env.AZURE_API_KEY:=}"), azure.message());
        assertTrue(azure.message().contains("the provider is switched off by its id"), azure.message());
        String runYaml = ImportFixture.runYaml(ImportFixture.generate(r.declaration().get(), null));
        assertTrue(runYaml.contains("api_key: ${env.AZURE_API_KEY:=}\n"), runYaml);
        assertTrue(runYaml.matches("(?s).*provider_id: \\$\\{env\\.CEREBRAS_API_KEY:\\+cerebras}\n"
                + "    provider_type: remote::cerebras\n    config:\n.*api_key: \\$\\{env\\.[A-Z_]+:=}\n.*"),
                runYaml);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void generatedFilesComeBackByteForByte(String name) throws IOException {
        String source = Files.readString(TestFiles.resource("golden/examples/" + name + "/run.yaml"),
                StandardCharsets.UTF_8);
        ImportResult r = ImportFixture.importOk(source.getBytes(StandardCharsets.UTF_8), "run.yaml", null, false);
        String again = ImportFixture.runYaml(ImportFixture.generate(r.declaration().get(), null));
        assertEquals(body(source), body(again), r.declaration().get());
    }

    /**
     * A 0.2.22 run.yaml derived from LCS's own run.yaml (imported for 0.2.22, generated) imports as 0.2.22 and comes
     * back byte for byte.
     */
    @org.junit.jupiter.api.Test
    void derived0222FileRoundTrips() throws IOException {
        String legacy = derived0222();
        ImportResult r = ImportFixture.importOk(legacy.getBytes(StandardCharsets.UTF_8), "run.yaml", null, false);
        assertEquals("0.2.22", r.sourceRelease());
        String again = ImportFixture.runYaml(ImportFixture.generate(r.declaration().get(), null));
        assertEquals(body(legacy), body(again), r.declaration().get());
    }

    /** LCS's lcs-run.yaml migrated to 0.2.22 and generated. */
    static String derived0222() throws IOException {
        byte[] source = Files.readAllBytes(TestFiles.resource(REAL + "lcs-run.yaml"));
        ImportResult down = ImportFixture.importOk(source, "lcs-run.yaml", "0.2.22", false);
        return ImportFixture.runYaml(ImportFixture.generate(down.declaration().get(), null));
    }

    /** Without the generated-by header line. */
    static String body(String runYaml) {
        return runYaml.substring(runYaml.indexOf('\n') + 1);
    }
}

package dev.lightspeed.stack.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StarterInitTest {

    @TempDir
    Path dir;

    private InitResult init(List<String> providers, String release, boolean force) {
        return StarterInit.run(new InitRequest(dir.resolve("src/main/lightspeed/stack.yaml"),
                "src/main/lightspeed/stack.yaml", release, providers, "my-app", force));
    }

    private static String text(InitResult r) {
        return new String(r.outputs().get(0).bytes(), StandardCharsets.UTF_8);
    }

    private static List<String> generateErrors(String declaration) {
        GenerateResult g = new StackGenerator().generate(new GenerateRequest(declaration.getBytes(
                StandardCharsets.UTF_8), "stack.yaml", null, List.of(), Path.of("target"), false));
        return g.problems().stream().filter(Problem::isError).map(Problem::oneLine).toList();
    }

    /** The default starter of the default release (OGX 1.0.2) and of 0.3.5. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {BundledCatalogs.DEFAULT_RELEASE, "0.3.5"})
    void defaultStarterGeneratesAndCarriesTheSchema(String release) throws IOException {
        InitResult r = init(List.of(), release, false);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.outputs().size());
        String text = text(r);
        assertTrue(text.startsWith("# yaml-language-server: $schema=stack-declaration.schema.json\n"), text);
        assertTrue(text.contains("llamaStack: " + release + "\ndistribution: \"my-app\"\n"), text);
        for (String entry : StarterDeclaration.DEFAULT_PROVIDERS) {
            String type = entry.replaceAll("@.*", "");
            assertTrue(text.contains("  - type: " + type + "\n"), type);
            assertTrue(BundledCatalogs.get(release).byType(type).stream().filter(p -> entry.endsWith("@" + p.api())
                    || !entry.contains("@")).allMatch(ProviderSpec::supported), type + " is LCS-supported");
        }
        assertTrue(text.contains("      api_key: ${env.OPENAI_API_KEY}\n"), text);
        assertFalse(text.contains("allowUnsupported"), text);
        assertEquals(List.of(), generateErrors(text));
        assertEquals(dir.resolve("src/main/lightspeed/stack-declaration.schema.json"), r.outputs().get(1).path());
        assertArrayEquals(Files.readAllBytes(Path.of("schema/stack-declaration.schema.json")),
                r.outputs().get(1).bytes());
    }

    @Test
    void unsupportedProvidersAreAllowedWithAReasonToWrite() {
        InitResult r = init(List.of("remote::openai", "inline::sentence-transformers", "inline::faiss",
                "inline::rag-runtime", "inline::localfs@files"), "0.3.5", false);
        String text = text(r);
        assertTrue(text.contains("  - type: inline::localfs\n    api: files\n"), text);
        assertTrue(text.contains("allowUnsupported:"), text);
        assertTrue(text.contains("  - type: inline::sentence-transformers\n    reason: \"chosen at lightspeed:init;"),
                text);
        assertEquals(List.of("init-unsupported", "init-unsupported"), r.problems().stream().map(Problem::rule)
                .toList());
        assertEquals(List.of(), generateErrors(text));
    }

    @Test
    void anExistingDeclarationIsKeptUnlessForced() throws IOException {
        Path file = dir.resolve("src/main/lightspeed/stack.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "providers: []\n");
        InitResult kept = init(List.of(), "0.3.5", false);
        assertTrue(kept.kept());
        assertEquals(List.of(), kept.outputs());
        InitResult forced = init(List.of(), "0.2.22", true);
        assertFalse(forced.kept());
        assertTrue(text(forced).contains("llamaStack: 0.2.22\n"));
    }

    @Test
    void unknownAmbiguousAndMisplacedTypesAreReported() {
        List<String> lines = init(List.of("remote::opnai", "inline::localfs", "remote::openai@files"), "0.3.5",
                false).problems().stream().map(Problem::oneLine).toList();
        assertEquals(List.of(
                "-Dlightspeed.providers: init-provider: inline::localfs exists under several APIs in llama-stack 0.3.5"
                        + " (fix: say which: 'inline::localfs@datasetio' or 'inline::localfs@files')",
                "-Dlightspeed.providers: init-provider: llama-stack 0.3.5 has no provider type 'remote::opnai'"
                        + " (fix: did you mean 'remote::openai', 'remote::ollama' or 'remote::tgi'?"
                        + " mvn lightspeed:list-providers lists them all)",
                "-Dlightspeed.providers: init-provider: remote::openai is not a provider of API 'files' in"
                        + " llama-stack 0.3.5 (fix: use 'remote::openai@inference')"), lines);
        assertEquals("release-unknown", init(List.of(), "0.4.0", false).problems().get(0).rule());
    }

    @Test
    void aMissingApiDependencyIsNamedAndNothingIsWritten() {
        InitResult r = init(List.of("inline::rag-runtime"), "0.3.5", false);
        assertTrue(r.hasErrors());
        assertEquals(List.of(), r.outputs());
        assertTrue(r.problems().stream().allMatch(p -> p.rule().equals("init-generate")
                && p.message().contains("api-dependency")), r.problems().toString());
    }

    static Stream<Arguments> everyProvider() {
        List<Arguments> out = new ArrayList<>();
        for (String release : BundledCatalogs.RELEASES) {
            for (ProviderSpec p : BundledCatalogs.get(release).providers()) {
                if (!p.deprecationError()) {
                    out.add(Arguments.of(release, p.providerType() + "@" + p.api()));
                }
            }
        }
        return out.stream();
    }

    /** The config a starter writes is always enough: a starter fails only for want of another API's provider. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyProvider")
    void everyProviderGetsAConfigGenerateAccepts(String release, String entry) {
        InitResult r = init(List.of(entry), release, false);
        List<String> other = r.problems().stream().filter(Problem::isError)
                .filter(p -> !p.message().contains(": api-dependency: ")).map(Problem::oneLine).toList();
        assertEquals(List.of(), other);
    }
}

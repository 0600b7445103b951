package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.runyaml.FileResult;
import dev.lightspeed.stack.runyaml.ValidateRequest;
import dev.lightspeed.stack.runyaml.ValidateRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider of both releases, each in a stack of its own with the providers its API dependencies need: the
 * declaration (only the type, plus the few config values a provider cannot do without) generates, and llama-stack's
 * own start-up checks ({@code validate}, policy llama-stack) accept the run.yaml. Unsupported providers are allowed
 * explicitly, as a user would.
 */
class EveryProviderGeneratesTest {

    /** Config a provider's catalog default leaves to the user, keyed by provider type. */
    private static final Map<String, String> REQUIRED_CONFIG = Map.of(
            "remote::azure", "api_key: ${env.AZURE_API_KEY}\n      api_base: ${env.AZURE_API_BASE}\n"
                    + "      api_version: 2025-01-01-preview",
            "remote::tgi", "url: ${env.TGI_URL}",
            "remote::vertexai", "project: ${env.VERTEX_AI_PROJECT}",
            "remote::databricks", "url: ${env.DATABRICKS_HOST}\n      api_token: ${env.DATABRICKS_API_TOKEN}");

    @TempDir
    Path dir;

    static Stream<Arguments> providers() {
        List<Arguments> out = new ArrayList<>();
        for (String release : BundledCatalogs.RELEASES) {
            for (ProviderSpec p : BundledCatalogs.get(release).providers()) {
                if (!p.deprecationError()) {
                    out.add(Arguments.of(release, p.api(), p.providerType()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("providers")
    void generatesAndLlamaStackAcceptsIt(String release, String api, String type) throws IOException {
        Catalog c = BundledCatalogs.get(release);
        Map<String, String> stack = new LinkedHashMap<>();
        add(c, api, type, stack);
        StringBuilder decl = new StringBuilder("llamaStack: " + release + "\ntelemetry: false\nproviders:\n");
        StringBuilder allow = new StringBuilder();
        stack.forEach((key, t) -> {
            String a = key.substring(0, key.indexOf(' '));
            decl.append("  - type: ").append(t).append("\n    api: ").append(a).append('\n');
            if (REQUIRED_CONFIG.containsKey(t)) {
                decl.append("    config:\n      ").append(REQUIRED_CONFIG.get(t)).append('\n');
            }
            if (!c.find(a, t).orElseThrow().supported() && allow.indexOf("type: " + t + ",") < 0) {
                allow.append("  - {type: ").append(t).append(", reason: test}\n");
            }
        });
        if (allow.length() > 0) {
            decl.append("allowUnsupported:\n").append(allow);
        }
        GenerateResult result = new StackGenerator().generate(new GenerateRequest(
                decl.toString().getBytes(StandardCharsets.UTF_8), "stack.yaml", null, List.of(), dir, true));
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::oneLine).toList();
        assertEquals(List.of(), errors, decl.toString());
        Files.write(dir.resolve("run.yaml"), result.outputs().get(0).bytes());
        FileResult verdict = new ValidateRunner().run(new ValidateRequest(dir, List.of("run.yaml"), release,
                "llama-stack", List.of())).files().get(0);
        assertEquals(List.of(), verdict.problems().stream().filter(Problem::isError).map(Problem::oneLine).toList(),
                decl + "\n" + new String(result.outputs().get(0).bytes(), StandardCharsets.UTF_8));
    }

    /** The provider and, recursively, one provider for each API it depends on (a supported one when there is one). */
    private static void add(Catalog c, String api, String type, Map<String, String> stack) {
        if (stack.containsKey(api + " ")) {
            return;
        }
        stack.put(api + " ", type);
        ProviderSpec spec = c.find(api, type).orElseThrow();
        for (String dep : spec.apiDependencies()) {
            if (c.routingTableApis().contains(dep) || c.forApi(dep).isEmpty() || stack.containsKey(dep + " ")) {
                continue;
            }
            List<ProviderSpec> candidates = c.supportedFor(dep).isEmpty() ? c.forApi(dep) : c.supportedFor(dep);
            ProviderSpec pick = candidates.stream().filter(p -> !p.deprecated() && !p.providerType()
                    .startsWith("remote::azure")).findFirst().orElse(candidates.get(0));
            add(c, dep, dep.equals("safety") ? "inline::llama-guard" : pick.providerType(), stack);
        }
    }
}

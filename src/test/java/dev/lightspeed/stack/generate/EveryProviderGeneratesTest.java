package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider of every bundled release, each in a stack of its own with the providers its API dependencies need: the
 * declaration (only the type, plus the few config values a provider cannot do without) generates, and llama-stack's
 * own start-up checks ({@code validate}, policy llama-stack) accept the run.yaml. Unsupported providers are allowed
 * explicitly, as a user would.
 */
class EveryProviderGeneratesTest {

    /**
     * Config a provider's catalog default leaves to the user: every field its schema requires that the default config
     * does not set, or sets to a reference that is empty while its variable is unset, as a plain {@code ${env.X}};
     * Azure also needs the key as LCS wants it and the API version.
     */
    static String requiredConfig(ProviderSpec spec) {
        StringBuilder out = new StringBuilder();
        JsonNode defaults = spec.defaultConfig();
        for (JsonNode field : spec.configSchema().path("required")) {
            String name = field.asText();
            JsonNode d = defaults.path(name);
            if (d.isMissingNode() || d.isNull()) {
                out.append("      ").append(name).append(": ${env.").append(name.toUpperCase(Locale.ROOT))
                        .append("}\n");
            }
        }
        // a default that is empty while its variable is unset, on a field that needs a value: require the variable
        spec.configSchema().path("properties").fields().forEachRemaining(e -> {
            String v = defaults.path(e.getKey()).asText("");
            if (v.matches("\\$\\{env\\.[A-Z0-9_]+:=}") && !e.getValue().toString().contains("\"null\"")) {
                out.append("      ").append(e.getKey()).append(": ").append(v.replace(":=}", "}")).append("\n");
            }
        });
        if (spec.providerType().equals("remote::azure")) {
            String base = spec.configSchema().path("properties").has("base_url") ? "base_url" : "api_base";
            out.setLength(0);
            out.append("      api_key: ${env.AZURE_API_KEY}\n      ").append(base).append(": ${env.AZURE_API_BASE}\n"
                    + "      api_version: 2025-01-01-preview\n");
        }
        return out.toString();
    }

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
            String config = requiredConfig(c.find(a, t).orElseThrow());
            if (!config.isEmpty()) {
                decl.append("    config:\n").append(config);
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

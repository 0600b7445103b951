package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.pip.PipLine;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.schema.CheckMode;
import dev.lightspeed.stack.schema.ConfigSchemaChecker;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YNode;
import dev.lightspeed.stack.yaml.YamlWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every provider of the bundled catalogs against the reference data copied from llama-stack's own sources: same set
 * of (api, provider_type), same pip packages, dependencies, deprecation, schema and default config; requirements
 * that account for every pip package; and each default config accepted by its own schema.
 */
class CatalogReferenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"0.3.5", "0.2.22"})
    void everyProviderMatchesTheReference(String release) throws IOException {
        JsonNode ref = MAPPER.readTree(TestFiles.resource("reference/llama-stack-" + release + "-providers.json")
                .toFile());
        Catalog catalog = BundledCatalogs.get(release);
        assertEquals(ref.path("providers").size(), catalog.size());
        assertEquals(release, catalog.release());
        for (JsonNode r : ref.path("providers")) {
            String api = r.path("api").asText();
            String type = r.path("provider_type").asText();
            Optional<ProviderSpec> found = catalog.find(api, type);
            assertTrue(found.isPresent(), api + " " + type + " missing");
            ProviderSpec p = found.get();
            assertEquals(strings(r.path("pip_packages")), p.pipPackages(), type);
            assertEquals(strings(r.path("api_dependencies")), p.apiDependencies(), type);
            assertEquals(strings(r.path("optional_api_dependencies")), p.optionalApiDependencies(), type);
            assertEquals(r.path("deprecation_warning").asBoolean(), p.deprecationWarning(), type);
            assertEquals(r.path("deprecation_error").asBoolean(), p.deprecationError(), type);
            assertEquals(r.path("config_schema"), p.configSchema(), type);
            assertEquals(r.path("sample_run_config"), p.defaultConfig(), type);
            int expectedRequirements = 0;
            for (String raw : p.pipPackages()) {
                expectedRequirements += PipLine.parse(raw).requirements().size();
            }
            assertEquals(expectedRequirements, p.requirements().size(), type + " requirements");
        }
        JsonNode schema = MAPPER.readTree(TestFiles.resource("reference/llama-stack-" + release
                + "-run-config.schema.json").toFile());
        assertEquals(schema, catalog.runConfigSchema());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3.5", "0.2.22"})
    void everyDefaultConfigPassesItsOwnSchema(String release) {
        List<String> failures = new ArrayList<>();
        for (ProviderSpec p : BundledCatalogs.get(release).providers()) {
            String yaml = YamlWriter.write(MAPPER.convertValue(p.defaultConfig(), Object.class));
            YNode node = new SafeYamlReader().readText(yaml, p.providerType()).root().orElseThrow();
            Problems out = new Problems();
            new ConfigSchemaChecker(p.configSchema()).check(node, "config", CheckMode.STRICT, out, null);
            // llama-stack's distributions leave required values to ${env.X:=} and switch the provider off with
            // provider_id ${env.X:+id} while X is unset; generate makes the user choose (config-env-empty)
            out.errors().stream().filter(e -> !e.rule().equals("config-env-empty"))
                    .forEach(e -> failures.add(p.key() + ": " + e.oneLine()));
        }
        assertEquals(List.of(), failures);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }
}

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider of every catalog against the reference data copied from llama-stack's and OGX's own sources: same
 * set of (api, provider_type), same pip packages, dependencies, deprecation, schema, default config and tool group;
 * requirements that account for every pip package; and each default config accepted by its own schema.
 */
class CatalogReferenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void everyProviderMatchesTheReference(CatalogSources.ReleaseSource release) throws IOException {
        Path resources = TestFiles.resource("reference").getParent();
        JsonNode ref = MAPPER.readTree(release.reference(resources, "providers").toFile());
        Catalog catalog = release.catalog();
        JsonNode json = release.catalogJson();
        assertEquals(ref.path("providers").size(), catalog.size());
        assertEquals(release.release(), catalog.release());
        assertEquals(release.release(), ref.path(release.product().equals("ogx") ? "ogx_version"
                : "llama_stack_version").asText());
        assertEquals(release.product(), json.path("product").asText());
        Map<ProviderKey, JsonNode> toolGroups = new HashMap<>();
        json.path("providers").forEach(p -> toolGroups.put(new ProviderKey(p.path("api").asText(),
                p.path("provider_type").asText()), p.path("toolgroup_id")));
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
            assertEquals(r.hasNonNull("toolgroup_id") ? r.get("toolgroup_id").asText() : null,
                    toolGroups.get(p.key()).textValue(), type + " toolgroup_id");
            int expectedRequirements = 0;
            for (String raw : p.pipPackages()) {
                expectedRequirements += PipLine.parse(raw).requirements().size();
            }
            assertEquals(expectedRequirements, p.requirements().size(), type + " requirements");
        }
        JsonNode schema = MAPPER.readTree(release.reference(resources, "run-config.schema").toFile());
        assertEquals(schema, catalog.runConfigSchema());
    }

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void everyDefaultConfigPassesItsOwnSchema(CatalogSources.ReleaseSource release) {
        List<String> failures = new ArrayList<>();
        for (ProviderSpec p : release.catalog().providers()) {
            String yaml = YamlWriter.write(MAPPER.convertValue(p.defaultConfig(), Object.class));
            YNode node = new SafeYamlReader().readText(yaml, p.providerType()).root().orElseThrow();
            Problems out = new Problems();
            new ConfigSchemaChecker(p.configSchema()).check(node, "config", CheckMode.STRICT, out, null);
            // the distributions leave required values to ${env.X:=} and switch the provider off with
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

package dev.lightspeed.stack.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Cross-checks with an independent JSON Schema implementation (networknt, draft 2020-12): every generated run.yaml
 * kept as a golden file satisfies the top-level run-config schema of its llama-stack release (copied from
 * llama-stack's own StackRunConfig model), and every example declaration satisfies the published declaration schema.
 */
class PublishedSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> goldenRunYamls() throws IOException {
        Path golden = TestFiles.resource("golden");
        try (Stream<Path> files = Files.walk(golden)) {
            return files.filter(p -> p.getFileName().toString().equals("run.yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> exampleDeclarations() throws IOException {
        try (Stream<Path> files = Files.walk(TestFiles.projectDir().resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith("src/main/lightspeed/stack.yaml")
                    && !p.toString().contains("/target/")).sorted().toList().stream();
        }
    }

    static JsonNode yaml(Path p) throws IOException {
        Object plain = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(p));
        return MAPPER.valueToTree(plain);
    }

    static JsonSchema schema(Path file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(file.toFile()));
    }

    @ParameterizedTest
    @MethodSource("goldenRunYamls")
    void everyGeneratedRunYamlSatisfiesItsReleaseSchema(Path runYaml) throws IOException {
        String release = TestFiles.generatedRelease(runYaml);
        JsonSchema schema = schema(TestFiles.resource("reference/"
                + dev.lightspeed.stack.catalog.BundledCatalogs.get(release).product() + "-" + release
                + "-run-config.schema.json"));
        Set<ValidationMessage> errors = schema.validate(yaml(runYaml));
        assertEquals(Set.of(), errors, runYaml.toString());
    }

    @Test
    void thePublishedSchemaListsTheBundledReleasesAndTheDefault() throws IOException {
        JsonNode release = MAPPER.readTree(TestFiles.projectDir().resolve("schema/stack-declaration.schema.json")
                .toFile()).path("properties").path("llamaStack");
        List<String> listed = new java.util.ArrayList<>();
        release.path("enum").forEach(r -> listed.add(r.asText()));
        assertEquals(BundledCatalogs.RELEASES, listed, "the enum editors see");
        assertEquals(BundledCatalogs.DEFAULT_RELEASE, release.path("default").asText());
        assertTrue(release.path("description").asText().contains("1.0.2 (OGX, the default"));
    }

    @ParameterizedTest
    @MethodSource("exampleDeclarations")
    void everyExampleDeclarationSatisfiesThePublishedSchema(Path declaration) throws IOException {
        JsonSchema schema = schema(TestFiles.projectDir().resolve("schema/stack-declaration.schema.json"));
        Set<ValidationMessage> errors = schema.validate(yaml(declaration));
        assertEquals(Set.of(), errors, declaration.toString());
    }

    @ParameterizedTest
    @MethodSource("exampleDeclarations")
    void theSchemaRejectsAMisspelledKey(Path declaration) throws IOException {
        JsonSchema schema = schema(TestFiles.projectDir().resolve("schema/stack-declaration.schema.json"));
        JsonNode doc = yaml(declaration);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc).set("provders", doc.get("providers"));
        List<String> messages = schema.validate(doc).stream().map(ValidationMessage::getMessage).toList();
        assertFalse(messages.isEmpty());
    }
}

package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lightspeed.stack.declaration.DeclarationSchema;
import dev.lightspeed.stack.schema.JsonTrees;
import dev.lightspeed.stack.schema.PackedJson;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packed files the plugin reads ({@code catalog/packed/}) are exactly what {@link PackedFiles} makes of their
 * JSON sources, are in the jar, and read as the same catalogs and trees. {@code -Dgolden.update=true} rewrites them.
 */
class PackedFilesTest {

    private static final Path PROJECT = TestFiles.projectDir();
    private static final Path CATALOGS = PROJECT.resolve("catalog");

    @BeforeAll
    static void updateOnRequest() throws IOException {
        if (TestFiles.goldenUpdate()) {
            PackedFiles.writeAll(PROJECT);
        }
    }

    static List<String> releases() {
        return BundledCatalogs.RELEASES;
    }

    @Test
    void committedPackedFilesAreMadeFromTheirSources() throws IOException {
        Map<Path, byte[]> expected = PackedFiles.expected(PROJECT);
        assertEquals(BundledCatalogs.RELEASES.size() + 2, expected.size());
        for (Map.Entry<Path, byte[]> e : expected.entrySet()) {
            Path file = e.getKey();
            assertTrue(Files.exists(file), file + " is missing; run mvn test -Dtest=PackedFilesTest"
                    + " -Dgolden.update=true");
            assertArrayEquals(e.getValue(), Files.readAllBytes(file), PROJECT.relativize(file)
                    + " is out of date; run mvn test -Dtest=PackedFilesTest -Dgolden.update=true");
        }
        try (var listed = Files.list(CATALOGS.resolve("packed"))) {
            assertEquals(expected.keySet().stream().sorted().toList(), listed.sorted().toList(),
                    "catalog/packed/ holds a file no source makes");
        }
    }

    @Test
    void theJarHasEveryPackedFile() throws IOException {
        for (String release : BundledCatalogs.RELEASES) {
            String name = BundledCatalogs.packedResourceName(PackedFiles.fileName(release));
            assertNotNull(BundledCatalogs.class.getResource(name),
                    "the jar has no packed form of " + release + ": its builds would parse the whole catalog file");
        }
        assertNotNull(BundledCatalogs.class.getResource(BundledCatalogs.packedResourceName("releases.json")));
        assertEquals(PackedFiles.packed(CATALOGS, "ogx-1.0.2.json"), CATALOGS.resolve(BundledCatalogs
                .packedResourceName("ogx-1.0.2.json").substring(BundledCatalogs.RESOURCE_DIR.length())));
        assertNotNull(BundledCatalogs.class.getResource(DeclarationSchema.PACKED));
        assertEquals(BundledCatalogs.packedResourceName("stack-declaration.schema.json"), DeclarationSchema.PACKED);
    }

    @Test
    void theDeclarationSchemaAndTheReleaseIndexReadAsTheirJson() throws IOException {
        String schema = DeclarationSchema.PACKED;
        assertTrue(PackedJson.madeFrom(bytes(schema), bytes(DeclarationSchema.RESOURCE)));
        assertEquals(json(DeclarationSchema.RESOURCE), PackedJson.readFile(bytes(schema), schema));
        String indexJson = BundledCatalogs.RESOURCE_DIR + "releases.json";
        String index = BundledCatalogs.packedResourceName("releases.json");
        assertTrue(PackedJson.madeFrom(bytes(index), bytes(indexJson)));
        JsonNode releases = PackedJson.readFile(bytes(index), index);
        assertEquals(json(indexJson), releases);
        assertEquals(releases.path("releases").findValuesAsText("release"), BundledCatalogs.RELEASES);
    }

    @Test
    void aTwinNotMadeFromTheJsonAtHandIsNotRead() throws IOException {
        String indexJson = BundledCatalogs.RESOURCE_DIR + "releases.json";
        assertEquals(json(indexJson), PackedJson.readTwin(BundledCatalogs.class, indexJson, DeclarationSchema.PACKED));
        assertEquals(json(indexJson), PackedJson.readTwin(BundledCatalogs.class, indexJson, "/no/such.bin"));
        assertThrows(IllegalStateException.class,
                () -> PackedJson.readTwin(BundledCatalogs.class, "/no/such.json", DeclarationSchema.PACKED));
    }

    @ParameterizedTest
    @MethodSource("releases")
    void packedCatalogReadsAsTheCatalogFile(String release) throws IOException {
        String file = PackedFiles.fileName(release);
        Catalog full;
        try (InputStream in = Files.newInputStream(CATALOGS.resolve(file))) {
            full = CatalogJson.read(in, file);
        }
        Catalog packed = BundledCatalogs.get(release);
        assertEquals(full.release(), packed.release());
        assertEquals(full.product(), packed.product());
        assertEquals(full.autoRoutedApis(), packed.autoRoutedApis());
        assertEquals(full.routingTableApis(), packed.routingTableApis());
        assertEquals(full.shape(), packed.shape());
        assertEquals(full.runConfigSchema(), packed.runConfigSchema());
        assertTrue(full.runConfigSchema().isObject());
        assertEquals(full.providers().size(), packed.providers().size());
        for (int i = 0; i < full.providers().size(); i++) {
            ProviderSpec a = full.providers().get(i);
            ProviderSpec b = packed.providers().get(i);
            assertEquals(a, b, a.key().toString());
            assertEquals(a.configSchema(), b.configSchema(), a.key() + " config_schema");
            assertEquals(a.defaultConfig(), b.defaultConfig(), a.key() + " default_config");
        }
    }

    @Test
    void aPackedCatalogWithAnOffsetOutOfRangeIsRefused() throws IOException {
        JsonNode ogx = PackedFiles.read(Files.readAllBytes(CATALOGS.resolve("ogx-1.0.2.json")));
        ObjectNode small = JsonTrees.object().put("format", 1).put("llama_stack_version", "x");
        small.set("run_shape", ogx.get("run_shape"));
        small.putObject("run_config_schema");
        small.putArray("providers").addObject().put("api", "inference").put("provider_type", "remote::x")
                .put("default_config", "d").putObject("config_schema").put("type", "object");
        byte[] good = PackedFiles.catalog(small, new byte[0]);
        Catalog read = CatalogJson.readPacked(good, "c.bin");
        assertEquals("object", read.providers().get(0).configSchema().path("type").asText());
        assertEquals("d", read.providers().get(0).defaultConfig().asText());
        ObjectNode index = small.deepCopy();
        index.remove("providers");
        index.putArray("run_config_schema").add(0).add(99);
        IOException e = assertThrows(IOException.class, () -> CatalogJson.readPacked(packed(index), "c.bin"));
        assertTrue(e.getMessage().contains("c.bin") && e.getMessage().contains("out of range"), e.getMessage());
        index.put("run_config_schema", "no ref");
        e = assertThrows(IOException.class, () -> CatalogJson.readPacked(packed(index), "c.bin"));
        assertTrue(e.getMessage().contains("[offset, length]"), e.getMessage());
        for (int cut = 0; cut < good.length; cut++) {
            byte[] truncated = java.util.Arrays.copyOf(good, cut);
            e = assertThrows(IOException.class, () -> CatalogJson.readPacked(truncated, "c.bin").runConfigSchema(),
                    "cut at " + cut);
            assertTrue(e.getMessage().contains("c.bin"), e.getMessage());
        }
    }

    /** A packed catalog of an index and an empty values region. */
    private static byte[] packed(ObjectNode index) {
        byte[] tree = PackedJson.encode(index);
        byte[] header = PackedJson.header(new byte[0]);
        return ByteBuffer.allocate(header.length + 4 + tree.length).put(header).putInt(tree.length).put(tree).array();
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = BundledCatalogs.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = BundledCatalogs.class.getResourceAsStream(resource)) {
            return JsonTrees.read(in);
        }
    }
}

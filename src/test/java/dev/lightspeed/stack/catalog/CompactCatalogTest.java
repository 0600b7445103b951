package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact catalogs the plugin reads ({@code catalog/compact/}) are exactly what {@link CompactCatalogs} makes of
 * the catalog files, and read as the same catalogs. {@code -Dgolden.update=true} rewrites them.
 */
class CompactCatalogTest {

    private static final Path CATALOGS = TestFiles.projectDir().resolve("catalog");

    @BeforeAll
    static void updateOnRequest() throws IOException {
        if (TestFiles.goldenUpdate()) {
            CompactCatalogs.writeAll(CATALOGS);
        }
    }

    static List<String> releases() {
        return BundledCatalogs.RELEASES;
    }

    @ParameterizedTest
    @MethodSource("releases")
    void committedCompactCatalogIsMadeFromTheCatalogFile(String release) throws IOException {
        String file = CompactCatalogs.fileName(release);
        byte[] expected = CompactCatalogs.compact(Files.readAllBytes(CATALOGS.resolve(file)));
        assertArrayEquals(expected, Files.readAllBytes(CompactCatalogs.compactFile(CATALOGS, file)),
                "catalog/compact/" + file + " is out of date; run mvn test -Dtest=CompactCatalogTest"
                        + " -Dgolden.update=true");
        assertNotNull(BundledCatalogs.class.getResource(BundledCatalogs.compactResourceName(release)),
                "the jar has no compact form of " + release + ": its builds would read the whole catalog file");
    }

    @ParameterizedTest
    @MethodSource("releases")
    void compactCatalogReadsAsTheCatalogFile(String release) throws IOException {
        String file = CompactCatalogs.fileName(release);
        Catalog full = CatalogJson.read(Files.readAllBytes(CATALOGS.resolve(file)), file);
        Catalog compact = BundledCatalogs.get(release);
        assertEquals(full.release(), compact.release());
        assertEquals(full.product(), compact.product());
        assertEquals(full.autoRoutedApis(), compact.autoRoutedApis());
        assertEquals(full.routingTableApis(), compact.routingTableApis());
        assertEquals(full.shape(), compact.shape());
        assertEquals(full.runConfigSchema(), compact.runConfigSchema());
        assertTrue(full.runConfigSchema().isObject());
        assertEquals(full.providers().size(), compact.providers().size());
        for (int i = 0; i < full.providers().size(); i++) {
            ProviderSpec a = full.providers().get(i);
            ProviderSpec b = compact.providers().get(i);
            assertEquals(a, b, a.key().toString());
            assertEquals(a.configSchema(), b.configSchema(), a.key() + " config_schema");
            assertEquals(a.defaultConfig(), b.defaultConfig(), a.key() + " default_config");
        }
    }

    @Test
    void minifyKeepsStringsAsWrittenAndDropsTheRest() {
        String json = "{ \"a b\" : [ 1 ,\n\t\"x \\\" y\\\\\" ] , \"c\":\"\\u00e9 \" }";
        assertEquals("{\"a b\":[1,\"x \\\" y\\\\\"],\"c\":\"\\u00e9 \"}",
                new String(CompactCatalogs.minify(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    @Test
    void aCompactCatalogWithAnOffsetOutOfRangeIsRefused() throws IOException {
        String index = "{\"format\":1,\"llama_stack_version\":\"x\",\"run_config_schema\":[0,99],\"run_shape\":{}}";
        byte[] bytes = (index + "\n{}\n").getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> CatalogJson.readCompact(bytes, "c.json"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(IOException.class, () -> CatalogJson.readCompact(index.getBytes(StandardCharsets.UTF_8),
                "c.json"));
    }
}

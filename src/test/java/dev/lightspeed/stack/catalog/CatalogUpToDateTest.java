package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code catalog/*.json} files are exactly what {@link CatalogBuilder} makes of the reference data and
 * the seed's tables (both copied into the test resources). {@code -Dgolden.update=true} rewrites them.
 */
class CatalogUpToDateTest {

    @Test
    void committedCatalogsAreBuiltFromReferenceAndSeed() throws IOException {
        Path resources = TestFiles.resource("reference").getParent();
        Path catalogDir = TestFiles.projectDir().resolve("catalog");
        if (TestFiles.goldenUpdate()) {
            CatalogBuilder.writeAll(TestFiles.projectDir().resolve("src/test/resources"), catalogDir);
        }
        List<SeedTables.Row> seed = SeedTables.read(resources.resolve("seed/lightspeed-providers.md"));
        for (String release : BundledCatalogs.RELEASES) {
            String expected = CatalogBuilder.build(resources, release, seed);
            String actual = Files.readString(catalogDir.resolve("llama-stack-" + release + ".json"));
            assertEquals(expected, actual, "catalog/llama-stack-" + release + ".json is out of date; run "
                    + "mvn test -Dtest=CatalogUpToDateTest -Dgolden.update=true and review the diff");
        }
    }

    @Test
    void theReleaseIndexNamesEveryCatalogFileAndTheDefaultRelease() throws IOException {
        Path catalogDir = TestFiles.projectDir().resolve("catalog");
        List<String> files;
        try (var list = Files.list(catalogDir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("releases.json")).sorted()
                    .toList();
        }
        assertEquals(files, BundledCatalogs.RELEASES.stream().map(r -> BundledCatalogs.resourceName(r)
                .substring(BundledCatalogs.RESOURCE_DIR.length())).sorted().toList());
        assertTrue(BundledCatalogs.RELEASES.contains(BundledCatalogs.DEFAULT_RELEASE));
    }
}

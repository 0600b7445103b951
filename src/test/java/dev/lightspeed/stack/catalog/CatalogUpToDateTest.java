package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed {@code catalog/*.json} files are exactly what {@link CatalogBuilder} makes of the reference data and
 * LCS's providers tables (both copied into the test resources). {@code -Dgolden.update=true} rewrites them.
 */
class CatalogUpToDateTest {

    @BeforeAll
    static void updateOnRequest() throws IOException {
        if (TestFiles.goldenUpdate()) {
            CatalogBuilder.writeAll(TestFiles.projectDir().resolve("src/test/resources"),
                    TestFiles.projectDir().resolve("catalog"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void committedCatalogIsBuiltFromReferenceAndTable(CatalogSources.ReleaseSource release) throws IOException {
        Path resources = TestFiles.resource("reference").getParent();
        String expected = CatalogBuilder.build(resources, CatalogSources.load(), release);
        String actual = Files.readString(release.catalogFile());
        assertEquals(expected, actual, "catalog/" + release.id() + ".json is out of date; run "
                + "mvn test -Dtest=CatalogUpToDateTest -Dgolden.update=true and review the diff");
    }

    @Test
    void theReleaseIndexNamesEveryCatalogFileAndTheDefaultRelease() throws IOException {
        Path catalogDir = TestFiles.projectDir().resolve("catalog");
        List<String> files;
        try (var list = Files.list(catalogDir)) {
            files = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()) // lcs/: LcsBaselinesTest
                    .filter(n -> !n.equals("releases.json")).sorted()
                    .toList();
        }
        assertEquals(files, BundledCatalogs.RELEASES.stream().map(r -> BundledCatalogs.resourceName(r)
                .substring(BundledCatalogs.RESOURCE_DIR.length())).sorted().toList());
        assertTrue(BundledCatalogs.RELEASES.contains(BundledCatalogs.DEFAULT_RELEASE));
    }
}

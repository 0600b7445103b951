package dev.lightspeed.stack.lcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.yaml.YMap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** LCS's default baselines ship as data beside the catalogs, one per bundled release that has one. */
class LcsBaselinesTest {

    @Test
    void everyBaselineBelongsToABundledReleaseAndRecordsItsCommit() throws Exception {
        for (String release : LcsBaselines.releases()) {
            assertTrue(BundledCatalogs.RELEASES.contains(release), release);
            LcsBaselines.Baseline b = LcsBaselines.forRelease(release).orElseThrow();
            assertTrue(b.lcsCommit().matches("[0-9a-f]{40}"), b.lcsCommit());
            assertTrue(((YMap) b.root()).has("providers"));
        }
        assertEquals("1.0.2", LcsBaselines.defaultRelease());
        try (var files = Files.list(TestFiles.projectDir().resolve("catalog/lcs"))) {
            assertEquals(LcsBaselines.releases().size() + 1, files.filter(Files::isRegularFile).count(),
                    "baselines.json and one file per baseline");
        }
    }

    @Test
    void theOgx102BaselineIsLcsDefaultRunYamlAtThePinnedCommit() throws Exception {
        LcsBaselines.Baseline b = LcsBaselines.forRelease("1.0.2").orElseThrow();
        assertEquals("e5ca9574031b34ebfc72d0fd201cd5ae777b77a5", b.lcsCommit());
        String text = Files.readString(TestFiles.projectDir().resolve("catalog/lcs/ogx-1.0.2-default_run.yaml"));
        assertTrue(text.startsWith("# Built-in default Llama Stack baseline for unified-mode synthesis."));
        assertEquals(Path.of("LCS default_run.yaml@e5ca9574").toString(), b.display());
    }
}

package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every support flag of the bundled catalogs equals LCS's own table (a copy of lightspeed-providers.md in the test
 * resources): ✅ → supported, ❌ → unsupported, a provider the table does not list → unsupported with a note.
 */
class CatalogSeedAgreementTest {

    private static Map<ProviderKey, SeedTables.Row> seed() throws IOException {
        return SeedTables.read(TestFiles.resource("seed/lightspeed-providers.md")).stream()
                .collect(Collectors.toMap(r -> new ProviderKey(r.api(), r.providerType()), Function.identity(),
                        (a, b) -> a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.3.5", "0.2.22"})
    void everyFlagEqualsTheSeed(String release) throws IOException {
        Map<ProviderKey, SeedTables.Row> seed = seed();
        Catalog catalog = BundledCatalogs.get(release);
        List<String> disagreements = new ArrayList<>();
        for (ProviderSpec p : catalog.providers()) {
            SeedTables.Row row = seed.get(p.key());
            boolean expected = row != null && row.supported();
            if (p.supported() != expected) {
                disagreements.add(p.key() + ": catalog " + p.support().label() + ", seed "
                        + (row == null ? "unlisted" : row.supported() ? "✅" : "❌"));
            }
            if (row == null) {
                assertTrue(p.support().note().contains("not listed"), p.key() + " needs an 'unlisted' note");
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void countsAndTheSeedsNamingQuirks() {
        Catalog c035 = BundledCatalogs.get("0.3.5");
        Catalog c0222 = BundledCatalogs.get("0.2.22");
        assertEquals(64, c035.size());
        assertEquals(65, c0222.size());
        // the three vLLM rows are remote::vllm
        assertTrue(c035.find("inference", "remote::vllm").orElseThrow().supported());
        assertTrue(c035.find("inference", "remote::vllm").orElseThrow().support().note().contains("RHOAI"));
        // seed 'sqlite-vec' is both inline::sqlite-vec and its deprecated alias inline::sqlite_vec
        assertFalse(c035.find("vector_io", "inline::sqlite_vec").orElseThrow().supported());
        assertTrue(c035.find("vector_io", "inline::sqlite_vec").orElseThrow().support().note().contains("sqlite-vec"));
        // eval remote::nvidia is not in the seed
        assertTrue(c035.find("eval", "remote::nvidia").orElseThrow().support().note().contains("not listed"));
        // telemetry exists only in 0.2.22
        assertTrue(c0222.find("telemetry", "inline::meta-reference").orElseThrow().supported());
        assertTrue(c035.forApi("telemetry").isEmpty());
        // supported: 16 in 0.3.5 (no telemetry provider), 17 in 0.2.22
        assertEquals(16, c035.providers().stream().filter(ProviderSpec::supported).count());
        assertEquals(17, c0222.providers().stream().filter(ProviderSpec::supported).count());
    }
}

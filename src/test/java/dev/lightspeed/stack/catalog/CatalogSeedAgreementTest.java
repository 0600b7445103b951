package dev.lightspeed.stack.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every support flag of every catalog equals LCS's providers table in force for its release (copies in the test
 * resources): a supported row makes its provider supported, a not-supported row or no row at all unsupported; a row
 * follows its provider's rename and deprecated alias; every row either applies to a provider or is listed in the
 * catalog's {@code rows_not_in_release}, with LCS-owned ({@code lcore}) shields never entering the providers.
 */
class CatalogSeedAgreementTest {

    private static List<SeedTables.Row> table(CatalogSources.ReleaseSource release) throws IOException {
        return SeedTables.read(TestFiles.resource("seed/" + release.table()));
    }

    /** The providers of the catalog each row applies to: its own, else its successor, plus its alias. */
    private static List<ProviderKey> targets(SeedTables.Row row, Catalog catalog) {
        List<ProviderKey> out = new ArrayList<>();
        Optional<ProviderKey> named = row.provider();
        if (named.isEmpty()) {
            return out;
        }
        CatalogSources sources = CatalogSources.load();
        ProviderKey key = named.get();
        if (catalog.find(key.api(), key.providerType()).isPresent()) {
            out.add(key);
        } else {
            sources.renames().stream().filter(r -> r.from().equals(key)).map(CatalogSources.Rename::successor)
                    .filter(s -> catalog.find(s.api(), s.providerType()).isPresent()).forEach(out::add);
        }
        sources.aliases().stream().filter(a -> a.of().equals(key)).map(CatalogSources.Alias::alias)
                .filter(a -> catalog.find(a.api(), a.providerType()).isPresent()).forEach(out::add);
        return out;
    }

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void everyFlagEqualsTheTable(CatalogSources.ReleaseSource release) throws IOException {
        Catalog catalog = release.catalog();
        Map<ProviderKey, Boolean> expected = new HashMap<>();
        for (SeedTables.Row row : table(release)) {
            targets(row, catalog).forEach(k -> expected.put(k, row.supported()));
        }
        List<String> disagreements = new ArrayList<>();
        for (ProviderSpec p : catalog.providers()) {
            Boolean row = expected.get(p.key());
            if (p.supported() != Boolean.TRUE.equals(row)) {
                disagreements.add(p.key() + ": catalog " + p.support().label() + ", table " + row);
            }
            String note = p.support().note();
            assertTrue(note.contains("LCS providers table (" + release.tableSource() + ")"), p.key() + ": " + note);
            assertEquals(row == null, note.startsWith("not listed"), p.key() + ": " + note);
            assertFalse(note.chars().anyMatch(c -> c > 0x7f), p.key() + ": plain words only: " + note);
        }
        assertEquals(List.of(), disagreements);
    }

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void everyRowAppliesToAProviderOrIsListedAsNotInTheRelease(CatalogSources.ReleaseSource release)
            throws IOException {
        Catalog catalog = release.catalog();
        List<String> listed = new ArrayList<>();
        release.catalogJson().path("rows_not_in_release").forEach(n -> listed.add(rowId(n.path("api").asText(),
                n.path("row").asText(), n.path("type").asText())));
        List<String> unaccounted = new ArrayList<>();
        for (SeedTables.Row row : table(release)) {
            boolean applies = !targets(row, catalog).isEmpty();
            String id = rowId(row.api(), row.name(), row.kind());
            if (applies == listed.contains(id)) {
                unaccounted.add(id + (applies ? " applies and is listed" : " neither applies nor is listed"));
            }
        }
        assertEquals(List.of(), unaccounted);
        assertTrue(catalog.providers().stream().noneMatch(p -> p.providerType().startsWith("lcore::")));
    }

    @ParameterizedTest
    @MethodSource("dev.lightspeed.stack.catalog.CatalogSources#all")
    void everyUnsupportedProviderLcsShipsSaysWhere(CatalogSources.ReleaseSource release) {
        Catalog catalog = release.catalog();
        for (CatalogSources.Use use : release.lcsUses()) {
            ProviderSpec p = catalog.find(use.provider().api(), use.provider().providerType()).orElseThrow();
            assertEquals(!p.supported(), p.support().note().contains("used by LCS's own " + use.where()),
                    p.key() + ": " + p.support().note());
        }
    }

    private static String rowId(String api, String name, String kind) {
        return api + " '" + name + "' (" + kind + ")";
    }

    @ParameterizedTest(name = "{0}: {1} providers, {2} supported, {3} rows not in the release")
    @CsvSource({
        "llama-stack-0.2.22, 65, 17, 1",
        "llama-stack-0.3.5, 64, 16, 2",
        "llama-stack-0.4.3, 66, 16, 2",
        "llama-stack-0.5.2, 67, 16, 3",
        "llama-stack-0.6.0, 70, 17, 3",
        "ogx-1.0.2, 54, 10, 20"})
    void pinnedCounts(String id, int providers, int supported, int notInRelease) {
        CatalogSources.ReleaseSource release = CatalogSources.all().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow();
        Catalog catalog = release.catalog();
        assertEquals(providers, catalog.size());
        assertEquals(supported, catalog.providers().stream().filter(ProviderSpec::supported).count());
        assertEquals(notInRelease, release.catalogJson().path("rows_not_in_release").size());
    }

    private static CatalogSources.ReleaseSource source(String id) {
        return CatalogSources.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static ProviderSpec provider(String id, String api, String type) {
        return source(id).catalog().find(api, type).orElseThrow(() -> new AssertionError(id + " " + api + " " + type));
    }

    @Test
    void renamesRedHatRowsAliasesAndShields() {
        // OGX renamed agents inline::meta-reference and rag-runtime: their supported rows apply to the successors
        ProviderSpec responses = provider("ogx-1.0.2", "responses", "inline::builtin");
        assertTrue(responses.supported());
        assertTrue(responses.support().note().contains("in place of agents inline::meta-reference"));
        ProviderSpec fileSearch = provider("ogx-1.0.2", "tool_runtime", "inline::file-search");
        assertTrue(fileSearch.supported());
        assertTrue(fileSearch.support().note().contains("in place of tool_runtime inline::rag-runtime"));
        // ... while 0.6.0 still has both originals
        assertTrue(provider("llama-stack-0.6.0", "agents", "inline::meta-reference").supported());
        assertTrue(provider("llama-stack-0.6.0", "tool_runtime", "inline::rag-runtime").supported());
        // the Red Hat vLLM rows are remote::vllm: three rows up to 0.6.0's table, two in OGX's
        assertTrue(provider("llama-stack-0.3.5", "inference", "remote::vllm").support().note().contains("RHAIIS (vllm)"));
        assertTrue(provider("ogx-1.0.2", "inference", "remote::vllm").support().note()
                .contains("'RHOAI (vllm)', 'RHEL AI (RHAIIS/vllm)': supported"));
        // the table's sqlite-vec also covers the deprecated alias inline::sqlite_vec (up to 0.6.0)
        assertTrue(provider("llama-stack-0.5.2", "vector_io", "inline::sqlite_vec").support().note()
                .contains("deprecated alias"));
        // bedrock became supported in d92c7d26's table (0.6.0)
        assertFalse(provider("llama-stack-0.5.2", "inference", "remote::bedrock").supported());
        assertTrue(provider("llama-stack-0.6.0", "inference", "remote::bedrock").supported());
        // the lcore safety rows are LCS's own shields: OGX has no safety provider, the rows are listed with why
        assertTrue(source("ogx-1.0.2").catalog().forApi("safety").isEmpty());
        JsonNode shields = source("ogx-1.0.2").catalogJson().path("rows_not_in_release");
        assertEquals(2, shields.findValues("type").stream().filter(t -> t.asText().equals("lcore")).count());
        // an unlisted provider LCS's own default_run.yaml uses says where
        ProviderSpec pypdf = provider("ogx-1.0.2", "file_processors", "inline::pypdf");
        assertFalse(pypdf.supported());
        assertTrue(pypdf.support().note().contains("not listed")
                && pypdf.support().note().contains("src/data/default_run.yaml at e5ca9574"));
    }
}

package dev.lightspeed.stack.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lightspeed.stack.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderListingTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static ProviderListing.Listing run(String release, String api, String format, List<Path> catalogs) {
        return ProviderListing.run(new ListRequest(release, api, format, catalogs));
    }

    static String problems(ProviderListing.Listing l) {
        return l.problems().stream().map(Problem::oneLine).collect(Collectors.joining("\n"));
    }

    @Test
    void jsonHasOneObjectPerProviderThenTheRowsNotInTheRelease() throws IOException {
        for (var c : List.of(new Object[] {"0.3.5", 64, 2}, new Object[] {"0.2.22", 65, 1},
                new Object[] {"1.0.2", 54, 20})) {
            ProviderListing.Listing l = run((String) c[0], null, "json", List.of());
            JsonNode array = MAPPER.readTree(l.text().orElseThrow());
            assertEquals((int) c[1] + (int) c[2], array.size());
            assertEquals(c[1], l.count());
            assertEquals(c[2], l.notInRelease());
            JsonNode first = array.get(0);
            for (String field : List.of("api", "provider_type", "supported", "support_note", "pip_packages",
                    "api_dependencies", "optional_api_dependencies", "deprecated", "in_release")) {
                assertTrue(first.has(field), field);
            }
            assertTrue(first.get("supported").isBoolean());
            for (int i = 0; i < array.size(); i++) {
                assertEquals(i < (int) c[1], array.get(i).get("in_release").asBoolean(), c[0] + " row " + i);
            }
        }
    }

    @Test
    void ogx102ListsTheTableRowsItLacks() throws IOException {
        ProviderListing.Listing l = run("1.0.2", null, "json", List.of());
        assertEquals("54 providers of OGX 1.0.2 (and 20 rows of LCS's table not in this release)", l.summary());
        List<String> absent = new java.util.ArrayList<>();
        MAPPER.readTree(l.text().orElseThrow()).forEach(r -> {
            if (!r.get("in_release").asBoolean()) {
                absent.add(r.get("api").asText() + " " + r.get("provider_type").asText() + " "
                        + r.get("supported").asBoolean());
            }
        });
        assertTrue(absent.containsAll(List.of("inference inline::meta-reference false", "telemetry"
                + " inline::meta-reference true", "safety lcore::question_validity true", "safety lcore::redaction true",
                "datasetio inline::localfs true", "vector_io inline::meta-reference false")), absent.toString());
        assertEquals(20, absent.size());
        String table = run("1.0.2", "inference", "table", List.of()).text().orElseThrow();
        assertTrue(table.contains(" (6 supported by Lightspeed Core) for OGX 1.0.2\n\nNot in this release: 4 rows"
                + " of LCS's providers table name providers OGX 1.0.2 does not have (they do not apply)\n"), table);
        assertTrue(table.contains("\ninference  remote::tgi"), table);
        assertTrue(table.lines().anyMatch(line -> line.matches("inference +remote::tgi +unsupported +OGX 1\\.0\\.2"
                + " has no provider inference remote::tgi")), table);
    }

    @Test
    void aRowAUserCatalogProvidesIsNoLongerAbsent(@TempDir Path dir) throws IOException {
        Path tgi = Files.writeString(dir.resolve("tgi.yaml"), "providers:\n  - api: inference\n"
                + "    provider_type: remote::tgi\n    pip_packages: [tgi-client]\n    note: ours\n");
        ProviderListing.Listing l = run("1.0.2", "inference", "table", List.of(tgi));
        assertEquals(3, l.notInRelease());
        assertTrue(l.text().orElseThrow().lines().anyMatch(line -> line.matches("inference +remote::tgi +supported"
                + " +tgi-client")), l.text().orElseThrow());
    }

    @Test
    void apiFilter() throws IOException {
        JsonNode array = MAPPER.readTree(run("0.3.5", "vector_io", "json", List.of()).text().orElseThrow());
        assertTrue(array.size() > 3);
        array.forEach(p -> assertEquals("vector_io", p.get("api").asText()));
    }

    @Test
    void sameInputSameBytes() {
        assertEquals(run("0.2.22", null, "json", List.of()).text(), run("0.2.22", null, "json", List.of()).text());
        assertEquals(run("0.2.22", null, "table", List.of()).text(), run("0.2.22", null, "table", List.of()).text());
    }

    @Test
    void unknownReleaseListsTheKnownOnes() {
        ProviderListing.Listing l = run("0.3.4", null, "table", List.of());
        assertTrue(l.hasErrors());
        assertTrue(l.text().isEmpty());
        assertEquals("release-unknown: llamaStack: unknown release '0.3.4'; bundled: OGX 1.0.2, llama-stack 0.6.0,"
                + " 0.5.2, 0.4.3, 0.3.5, 0.2.22 (fix: did you mean '0.3.5', '0.4.3' or '0.5.2'? (-Dlightspeed.llamaStack=0.3.5))", problems(l));
    }

    @Test
    void unknownApiSuggests() {
        ProviderListing.Listing l = run("0.3.5", "vectorio", "table", List.of());
        assertTrue(problems(l).startsWith("api-unknown: api: unknown API 'vectorio' in llama-stack 0.3.5; known: "
                + "agents, batches, "), problems(l));
        assertTrue(problems(l).contains("did you mean 'vector_io'?"), problems(l));
    }

    @Test
    void telemetryIsOnlyIn0222() {
        assertTrue(run("0.3.5", "telemetry", "json", List.of()).hasErrors());
        assertFalse(run("0.2.22", "telemetry", "json", List.of()).hasErrors());
    }

    @Test
    void unknownFormat() {
        assertEquals("format-unknown: format: unknown format 'yaml'; known: table, json"
                + " (fix: set -Dlightspeed.format=table or json)", problems(run("0.3.5", null, "yaml", List.of())));
    }

    @Test
    void userCatalogsApply(@TempDir Path dir) throws IOException {
        Path acme = dir.resolve("acme.yaml");
        Files.writeString(acme, "providers:\n  - api: inference\n    provider_type: remote::acme\n"
                + "    pip_packages: [acme-client]\n");
        ProviderListing.Listing l = run("0.3.5", "inference", "json", List.of(acme));
        assertTrue(l.text().orElseThrow().contains("\"provider_type\" : \"remote::acme\""), l.text().get());
    }

    @Test
    void brokenUserCatalogFails(@TempDir Path dir) throws IOException {
        Path acme = dir.resolve("acme.yaml");
        Files.writeString(acme, "providers:\n  - provider_typ: remote::acme\n");
        ProviderListing.Listing l = run("0.3.5", null, "json", List.of(acme));
        assertTrue(l.text().isEmpty());
        assertTrue(problems(l).contains("acme.yaml:2:5: catalog-unknown-key"), problems(l));
    }
}

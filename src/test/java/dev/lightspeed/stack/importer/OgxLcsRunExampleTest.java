package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.generate.GenerateRequest;
import dev.lightspeed.stack.generate.GenerateResult;
import dev.lightspeed.stack.generate.StackGenerator;
import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/ogx-lcs-run} reproduces Lightspeed Core's own run.yaml for OGX 1.0.2 (the copy in
 * {@code real-configs/ogx-1.0.2/lcs-run.yaml}): generated, it has the same providers (api, id, type), every config
 * value of LCS's file, the same resources and the same top level (keys the catalog defaults add are allowed), and its
 * {@code allowUnsupported} entries are exactly the providers of LCS's file that LCS's table marks not supported.
 */
class OgxLcsRunExampleTest {

    private static final Path EXAMPLE = TestFiles.projectDir().resolve("examples/ogx-lcs-run");
    private static final Catalog OGX = BundledCatalogs.get("1.0.2");

    private static GenerateResult generate() throws IOException {
        GenerateResult g = new StackGenerator().generate(new GenerateRequest(Files.readAllBytes(
                EXAMPLE.resolve("src/main/lightspeed/stack.yaml")), "stack.yaml", null, List.of(), Paths.get("out"),
                false));
        assertFalse(g.hasErrors(), () -> ImportFixture.lines(g.problems()));
        return g;
    }

    @Test
    void generatesLightspeedCoresRunYaml() throws IOException {
        Map<String, Object> lcs = ImportFixture.plain(Files.readAllBytes(TestFiles.resource(
                "real-configs/ogx-1.0.2/lcs-run.yaml")));
        Map<String, Object> generated = ImportFixture.plain(ImportFixture.runYaml(generate()));
        assertEquals(List.of(), RoundTrip.differences(lcs, generated, OGX.shape(), Set.of()));
    }

    @Test
    void allowsExactlyTheUnsupportedProvidersLightspeedCoreUses() throws IOException {
        Map<String, Object> lcs = ImportFixture.plain(Files.readAllBytes(TestFiles.resource(
                "real-configs/ogx-1.0.2/lcs-run.yaml")));
        Set<String> unsupported = new TreeSet<>();
        ((Map<?, ?>) lcs.get("providers")).forEach((api, list) -> ((List<?>) list).forEach(p -> {
            String type = (String) ((Map<?, ?>) p).get("provider_type");
            if (!OGX.find((String) api, type).map(ProviderSpec::supported).orElseThrow()) {
                unsupported.add(type);
            }
        }));
        assertEquals(Set.of("inline::localfs", "inline::reference", "inline::sentence-transformers"), unsupported);
        Set<String> allowed = generate().declaration().orElseThrow().allowUnsupported().keySet().stream()
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(unsupported, allowed);
    }
}

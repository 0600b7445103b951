package dev.lightspeed.stack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.testutil.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Migration rules compose: importing a run.yaml into an intermediate release, generating, and importing the result
 * into the final release gives the same declaration (as data) as importing the source into the final release at once.
 */
class MigrationCompositionTest {

    @ParameterizedTest(name = "{0} -> {1} -> {2}")
    @CsvSource({
        "llama-stack-0.3.5/lcs-run.yaml, 0.6.0, 1.0.2",
        "llama-stack-0.3.5/lcs-run.yaml, 0.4.3, 0.6.0",
        "llama-stack-0.3.5/lcs-run.yaml, 0.5.2, 1.0.2",
        "llama-stack-0.3.5/lcs-vllm-rhoai.yaml, 0.6.0, 1.0.2",
        "llama-stack-0.3.5/lcs-azure-run.yaml, 0.4.3, 1.0.2",
    })
    void stepwiseEqualsDirect(String source, String via, String to) throws IOException {
        byte[] src = Files.readAllBytes(TestFiles.resource("real-configs/" + source));
        String name = source.substring(source.indexOf('/') + 1);
        Map<String, Object> direct = ImportFixture.plain(ImportFixture.importOk(src, name, to, false).declaration()
                .orElseThrow());
        String step = ImportFixture.importOk(src, name, via, false).declaration().orElseThrow();
        byte[] intermediate = ImportFixture.runYaml(ImportFixture.generate(step, null))
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> stepwise = ImportFixture.plain(ImportFixture.importOk(intermediate, name, to, false)
                .declaration().orElseThrow());
        // entries of providers and allowUnsupported are a set: generate orders them by API either way
        assertEquals(normalized(direct), normalized(stepwise));
    }

    private static Map<String, Object> normalized(Map<String, Object> declaration) {
        Map<String, Object> out = new TreeMap<>(declaration);
        for (String key : List.of("providers", "allowUnsupported")) {
            if (out.get(key) instanceof List<?> list) {
                out.put(key, list.stream().map(e -> String.valueOf(sorted(e))).sorted().toList());
            }
        }
        return out;
    }

    /** Maps with their keys sorted, at every level: key order is not part of the data. */
    private static Object sorted(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> t = new TreeMap<>();
            m.forEach((k, v) -> t.put(String.valueOf(k), sorted(v)));
            return t;
        }
        return o instanceof List<?> l ? l.stream().map(MigrationCompositionTest::sorted).toList() : o;
    }
}

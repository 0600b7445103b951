package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem about a declared resource's field stands at the field's value (line:column), and at the entry when the
 * field is missing: the locations {@code ResourceMapper} keeps per field, read by the rules of the generate path.
 */
class ResourceFieldLocationsTest {

    private static final String PROVIDERS = "llamaStack: 0.3.5\nproviders:\n  - type: remote::openai\n"
            + "    config: {api_key: '${env.OPENAI_API_KEY}'}\n  - type: inline::faiss\nmodels:\n";

    private static List<String> problems(String rule, String models) {
        GenerateResult r = new StackGenerator().generate(new GenerateRequest((PROVIDERS + models).getBytes(
                StandardCharsets.UTF_8), "stack.yaml", null, List.of(), Path.of("out"), false));
        return r.problems().stream().filter(p -> p.rule().equals(rule)).map(p -> p.location().toString())
                .toList();
    }

    @Test
    void anEmbeddingDimensionStandsAtItsValueOrAtTheDeepestKeyThere() {
        String model = "  - id: emb\n    provider: openai\n    type: embedding\n";
        assertEquals(List.of("stack.yaml:7:5"), problems("model-embedding-dimension", model),
                "no metadata: the entry");
        assertEquals(List.of("stack.yaml:10:15"), problems("model-embedding-dimension", model
                + "    metadata: {dimension: 768}\n"), "metadata without the key: metadata's value");
        assertEquals(List.of("stack.yaml:11:28"), problems("model-embedding-dimension", model
                + "    metadata:\n      embedding_dimension: big\n"), "the dimension's value");
    }

    @Test
    void aProviderStandsAtItsValue() {
        assertEquals(List.of("stack.yaml:8:15"), problems("resource-provider-missing",
                "  - id: gpt\n    provider: opnai\n"));
        assertEquals(List.of("stack.yaml:8:15"), problems("resource-provider-api",
                "  - id: gpt\n    provider: faiss\n"));
    }
}

package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code vector-store-model} in a declaration: a vector store's {@code embeddingModel} must be a declared model's
 * identifier as the target release forms it (OGX 1.0.2 {@code src/ogx/core/routing_tables/models.py:375-379}
 * {@code <provider>/<id>}; llama-stack 0.4.3 to 0.6.0 {@code <provider>/<providerModelId>}), found by
 * {@code lookup_model} by identifier only; 0.2.22 also finds a unique provider model id.
 */
class DeclaredEmbeddingModelRuleTest {

    private static final String DECLARATION = """
            distribution: rag
            providers:
              - type: inline::sentence-transformers
              - type: inline::faiss
            models:
              - id: byok_docs_embedding
                provider: sentence-transformers
                providerModelId: all-mpnet-base-v2
                type: embedding
                metadata: {embedding_dimension: 768}
            vectorStores:
              - id: docs
                provider: faiss
                embeddingModel: @MODEL@
                embeddingDimension: 768
            allowUnsupported:
              - type: inline::sentence-transformers
                reason: local embeddings
            """;

    private static GenerateResult generate(String model, String release) {
        return new StackGenerator().generate(new GenerateRequest(DECLARATION.replace("@MODEL@", model)
                .getBytes(StandardCharsets.UTF_8), "stack.yaml", release, List.of(), Path.of("out"), false));
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "sentence-transformers/byok_docs_embedding, 1.0.2",
        "sentence-transformers/all-mpnet-base-v2, 0.6.0",
        "sentence-transformers/all-mpnet-base-v2, 0.4.3",
        "all-mpnet-base-v2, 0.2.22",
        "byok_docs_embedding, 0.2.22",
    })
    void theReleasesIdentifierIsFound(String model, String release) {
        GenerateResult r = generate(model, release);
        assertFalse(r.problems().stream().anyMatch(p -> p.rule().equals("vector-store-model")),
                r.problems().toString());
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "sentence-transformers/all-mpnet-base-v2, 1.0.2, sentence-transformers/byok_docs_embedding",
        "all-mpnet-base-v2, 1.0.2, sentence-transformers/byok_docs_embedding",
        "byok_docs_embedding, 0.6.0, sentence-transformers/all-mpnet-base-v2",
        "sentence-transformers/byok_docs_embedding, 0.5.2, sentence-transformers/all-mpnet-base-v2",
    })
    void anotherNameStopsTheStartAndTheFixNamesTheIdentifier(String model, String release, String identifier) {
        GenerateResult r = generate(model, release);
        List<Problem> found = r.problems().stream().filter(p -> p.rule().equals("vector-store-model")).toList();
        assertEquals(1, found.size(), r.problems().toString());
        assertTrue(found.get(0).isError());
        assertEquals("vectorStores[0].embeddingModel", found.get(0).path());
        assertEquals("stack.yaml:14:21", found.get(0).location().toString(), "at the embeddingModel value");
        assertTrue(found.get(0).message().contains("(ModelNotFoundError)"), found.get(0).message());
        assertEquals("write 'embeddingModel: " + identifier + "'", found.get(0).fix());
        assertTrue(r.outputs().isEmpty());
    }
}

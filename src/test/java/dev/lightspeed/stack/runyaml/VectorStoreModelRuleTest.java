package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VectorStoreModelRule} alone, on a 0.4.3 file: a vector store's embedding model must be registered. */
class VectorStoreModelRuleTest {

    private static final String LLM = "    model_type: llm\n";
    private static final String STORE = "  vector_stores:\n  - vector_store_id: docs\n    provider_id: faiss\n"
            + "    embedding_model: openai/nomic\n";

    private static List<String> check(String models) {
        return RunYamlFixture.rule(new VectorStoreModelRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                LLM, LLM + models + STORE), "0.4.3", Policy.LLAMA_STACK);
    }

    @Test
    void anUnregisteredModelStopsTheStack() {
        List<String> found = check("");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("error run.yaml:43:22: vector-store-model:"
                + " registered_resources.vector_stores[0].embedding_model: vector store embedding model 'openai/nomic'"
                + " is not a registered model (registered: openai/gpt-4o-mini;"), found.get(0));
    }

    @Test
    void theModelMustBeAnEmbeddingModel() {
        String nomic = "  - model_id: nomic\n    provider_id: openai\n    model_type: @TYPE@\n"
                + "    metadata: {embedding_dimension: 768}\n";
        assertEquals(List.of(), check(nomic.replace("@TYPE@", "embedding")));
        List<String> found = check(nomic.replace("@TYPE@", "llm"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("is registered with model_type llm, not embedding"), found.get(0));
    }
}

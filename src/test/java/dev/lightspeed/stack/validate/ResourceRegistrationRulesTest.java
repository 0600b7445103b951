package dev.lightspeed.stack.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link EmbeddingDimensionRule} and {@link UnregisteredResourceRule}: the one implementation generate and validate
 * share (generate's goldens and the run.yaml reader's tests check them end to end), on stacks built against 0.3.5.
 */
class ResourceRegistrationRulesTest {

    private static RulesTest.Stack withResource(ResourceKind kind, String id, String section,
            Map<String, Object> fields, boolean registered) {
        RulesTest.Stack s = RulesTest.stack().provider("inference", "openai", "remote::openai")
                .provider("vector_io", "faiss", "inline::faiss");
        s.resources.add(new ResourceRef(kind, id, kind == ResourceKind.MODEL ? "openai" : "faiss", section + "[0]",
                RulesTest.at(30, 5), Map.of("provider_id", RulesTest.at(30, 15)), "provider", fields, registered));
        return s;
    }

    private static RulesTest.Stack model(Map<String, Object> fields) {
        return withResource(ResourceKind.MODEL, "emb", "models", fields, true);
    }

    @Test
    void anEmbeddingModelNeedsItsDimension() {
        String expected = "error s.yaml:30:5: model-embedding-dimension: models[0]: embedding model 'emb' has no"
                + " metadata.embedding_dimension (an integer) (fix: add 'metadata: {embedding_dimension: 768}' with"
                + " the model's real dimension)";
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            assertEquals(List.of(expected), RulesTest.run(new EmbeddingDimensionRule(),
                    model(Map.of("model_type", "embedding")), policy));
            assertEquals(List.of(expected), RulesTest.run(new EmbeddingDimensionRule(),
                    model(Map.of("model_type", "embedding", "metadata", Map.of("dimension", 768))), policy));
        }
    }

    @Test
    void aRunYamlModelIsToldInLlamaStacksWords() {
        RulesTest.Stack s = RulesTest.stack().provider("inference", "openai", "remote::openai");
        s.resources.add(new ResourceRef(ResourceKind.MODEL, "emb", "openai", "registered_resources.models[0]",
                RulesTest.at(30, 5), Map.of("provider_id", RulesTest.at(30, 15)), "provider_id", Map.of("model_type", "embedding"), true));
        assertEquals(List.of("error s.yaml:30:5: model-embedding-dimension: registered_resources.models[0]: embedding"
                + " model 'emb' has no metadata.embedding_dimension; llama-stack refuses to register it (\"Embedding"
                + " model must have an embedding dimension in its metadata\") (fix: add 'metadata: {embedding_dimension:"
                + " 768}' (the model's dimension))"), RulesTest.run(new EmbeddingDimensionRule(), s, Policy.LCS));
    }

    @Test
    void aDimensionIsAnIntegerOrAnEnvironmentReference() {
        assertEquals(List.of(), RulesTest.run(new EmbeddingDimensionRule(), model(Map.of("model_type", "embedding",
                "metadata", Map.of("embedding_dimension", 768))), Policy.LCS));
        assertEquals(List.of(), RulesTest.run(new EmbeddingDimensionRule(), model(Map.of("model_type", "embedding",
                "metadata", Map.of("embedding_dimension", "${env.EMBEDDING_DIMENSION}"))), Policy.LCS));
        assertEquals(1, RulesTest.run(new EmbeddingDimensionRule(), model(Map.of("model_type", "embedding",
                "metadata", Map.of("embedding_dimension", "768 dims"))), Policy.LCS).size());
        assertTrue(EmbeddingDimensionRule.hasDimension(Map.of("embedding_dimension", 384L), true));
        assertFalse(EmbeddingDimensionRule.hasDimension("768", true));
    }

    @Test
    void inARunYamlTheKeyIsWhatLlamaStackChecks() {
        Map<String, Object> nullDimension = new java.util.HashMap<>();
        nullDimension.put("embedding_dimension", null);
        assertTrue(EmbeddingDimensionRule.hasDimension(nullDimension, false));
        assertFalse(EmbeddingDimensionRule.hasDimension(nullDimension, true));
        assertTrue(EmbeddingDimensionRule.hasDimension(Map.of("embedding_dimension", "768 dims"), false));
        assertFalse(EmbeddingDimensionRule.hasDimension(Map.of("dimension", 768), false));
    }

    @Test
    void onlyEmbeddingModelsThatAreRegisteredAreChecked() {
        assertEquals(List.of(), RulesTest.run(new EmbeddingDimensionRule(), model(Map.of("model_type", "llm")),
                Policy.LCS));
        assertEquals(List.of(), RulesTest.run(new EmbeddingDimensionRule(), withResource(ResourceKind.MODEL, "emb",
                "models", Map.of("model_type", "embedding"), false), Policy.LCS),
                "llama-stack never registers it, so never refuses it");
    }

    @Test
    void aKindTheReleaseDoesNotRegisterIsAWarning() {
        String expected = "warning s.yaml:30:5: resource-not-registered: vectorStores[0]: llama-stack 0.3.5 does not"
                + " register vector stores from run.yaml at start-up (register_resources has no entry for"
                + " registered_resources.vector_stores), so 'docs' is written but not created (fix: create the vector"
                + " store through the API at run time, or remove it from vectorStores:)";
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            assertEquals(List.of(expected), RulesTest.run(new UnregisteredResourceRule(),
                    withResource(ResourceKind.VECTOR_STORE, "docs", "vectorStores", Map.of(), true), policy));
        }
    }

    @Test
    void aResourceWhoseApiIsNotServedIsAWarning() {
        assertEquals(List.of("warning s.yaml:30:5: resource-not-registered: registered_resources.models[0]: model"
                + " 'emb' is not registered: the inference API is not served, so llama-stack skips every model (fix:"
                + " add '- inference' to apis)"), RulesTest.run(new UnregisteredResourceRule(), withResource(
                ResourceKind.MODEL, "emb", "registered_resources.models", Map.of(), false), Policy.LLAMA_STACK));
        assertEquals(List.of(), RulesTest.run(new UnregisteredResourceRule(), model(Map.of()), Policy.LLAMA_STACK));
    }

    @Test
    void bindingRulesSkipUnregisteredResourcesUnderLlamaStacksPolicyOnly() {
        RulesTest.Stack s = RulesTest.stack().provider("inference", "openai", "remote::openai");
        s.resources.add(new ResourceRef(ResourceKind.MODEL, "m", "nobody", "models[0]", RulesTest.at(30, 5),
                Map.of("provider_id", RulesTest.at(30, 15)), "provider_id", Map.of(), false));
        assertEquals(List.of(), RulesTest.run(new ResourceBindingRule(), s, Policy.LLAMA_STACK));
        assertEquals(1, RulesTest.run(new ResourceBindingRule(), s, Policy.LCS).size());
    }
}

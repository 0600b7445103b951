package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.validate.Policy;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a registered model is named and found, per release, on the embedding models LCS's BYOK RAG synthesis writes
 * ({@code src/llama_stack_configuration.py} at e5ca9574, {@code construct_models_section} /
 * {@code construct_vector_stores_section}: model {@code byok_<rag_id>_embedding} on provider
 * {@code sentence-transformers}, store {@code embedding_model: sentence-transformers/byok_<rag_id>_embedding}).
 * OGX 1.0.2 forms {@code <provider_id>/<model_id>} ({@code src/ogx/core/routing_tables/models.py:375-379}), llama-stack
 * 0.3.5 to 0.6.0 {@code <provider_id>/<provider_model_id>} (0.6.0 {@code core/routing_tables/models.py:251}), 0.2.22
 * the {@code model_id} when it differs from the provider model id (0.2.22 {@code models.py:98-101}).
 */
class ModelIdentifierTest {

    /** Two BYOK stores whose embedding models share one provider model id, with different dimensions. */
    private static final String BYOK = """
            version: 2
            distro_name: byok
            apis:
            - inference
            - vector_io
            providers:
              inference:
              - provider_id: sentence-transformers
                provider_type: inline::sentence-transformers
                config: {}
              vector_io:
              - provider_id: byok_docs
                provider_type: inline::faiss
                config:
                  persistence:
                    namespace: vector_io::faiss
                    backend: kv_default
              - provider_id: byok_kb
                provider_type: inline::faiss
                config:
                  persistence:
                    namespace: vector_io::faiss
                    backend: kv_default
            registered_resources:
              models:
              - model_id: byok_docs_embedding
                model_type: embedding
                provider_id: sentence-transformers
                provider_model_id: all-mpnet-base-v2
                metadata:
                  embedding_dimension: 768
              - model_id: byok_kb_embedding
                model_type: embedding
                provider_id: sentence-transformers
                provider_model_id: all-mpnet-base-v2
                metadata:
                  embedding_dimension: 384
              vector_stores:
              - vector_store_id: vs_docs
                provider_id: byok_docs
                embedding_model: sentence-transformers/byok_docs_embedding
                embedding_dimension: 768
              - vector_store_id: vs_kb
                provider_id: byok_kb
                embedding_model: sentence-transformers/byok_kb_embedding
                embedding_dimension: 384
            """;

    private static List<String> rules(String yaml, String release, String... rules) {
        List<Problem> problems = RunYamlFixture.check(yaml, release, Policy.LLAMA_STACK);
        return problems.stream().filter(p -> List.of(rules).contains(p.rule()))
                .map(p -> p.severity() + " " + p.rule() + " " + p.path()).toList();
    }

    @Test
    void ogxFindsLcsByokEmbeddingModelsAndSeesNoDuplicate() {
        // OGX 1.0.2: sentence-transformers/byok_docs_embedding and …/byok_kb_embedding are two identifiers
        // (routing_tables/models.py:375-379), each found by vector_stores.py:86 lookup_model (common.py:250-266)
        assertEquals(List.of(), rules(BYOK, "1.0.2", "vector-store-model", "resource-duplicate-id"));
        assertEquals(List.of(), RunYamlFixture.errors(RunYamlFixture.check(BYOK, "1.0.2", Policy.LLAMA_STACK)));
    }

    @Test
    void llamaStack060NamesThemByProviderModelIdSoTheSameFileFails() {
        // 0.6.0: both models are sentence-transformers/all-mpnet-base-v2 (models.py:251) with other metadata:
        // store/registry.py:113-118 "already exists with conflicting field values"; the stores' names are not found
        assertEquals(List.of("ERROR resource-duplicate-id registered_resources.models[1]",
                "ERROR vector-store-model registered_resources.vector_stores[0].embedding_model",
                "ERROR vector-store-model registered_resources.vector_stores[1].embedding_model"),
                rules(BYOK, "0.6.0", "vector-store-model", "resource-duplicate-id"));
    }

    @Test
    void llamaStack060RegistersTheSameStoredObjectTwiceAsANoOp() {
        // 0.6.0 store/registry.py:99-100: the model_id is not stored, so equal metadata makes one identical object
        String same = RunYamlFixture.edit(BYOK, "embedding_dimension: 384\n  vector_stores:",
                "embedding_dimension: 768\n  vector_stores:");
        assertEquals(List.of("WARNING resource-duplicate-id registered_resources.models[1]"),
                rules(same, "0.6.0", "resource-duplicate-id"));
    }

    @Test
    void ogxDoesNotFindAModelByItsProviderModelId() {
        String yaml = RunYamlFixture.edit(BYOK, "embedding_model: sentence-transformers/byok_docs_embedding",
                "embedding_model: sentence-transformers/all-mpnet-base-v2");
        List<Problem> found = RunYamlFixture.withRule(RunYamlFixture.check(yaml, "1.0.2", Policy.LLAMA_STACK),
                "vector-store-model");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains("(registered: sentence-transformers/byok_docs_embedding,"
                + " sentence-transformers/byok_kb_embedding;"), found.get(0).message());
        assertTrue(found.get(0).fix().startsWith("use sentence-transformers/byok_docs_embedding or"),
                found.get(0).fix());
    }

    @ParameterizedTest(name = "0.2.22 {0}")
    @CsvSource({
        "accept-vector-db-embedding-model-registered.yaml, ''",
        "accept-vector-db-embedding-model-provider-model-id.yaml, ''",
        "reject-vector-db-embedding-model-unregistered.yaml, ERROR vector-store-model vector_dbs[0].embedding_model",
    })
    void llamaStack0222FallsBackToAUniqueProviderModelId(String file, String expected) throws IOException {
        // 0.2.22 common.py:250-272 lookup_model: the identifier, then a unique provider_model_id
        String yaml = TestFiles.read(TestFiles.resource("validate/agreement/0.2.22/" + file));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), rules(yaml, "0.2.22", "vector-store-model"));
    }

    @ParameterizedTest(name = "{0}: {1} / {2} on {3} -> {4}")
    @CsvSource({
        "1.0.2, byok_kb_embedding, all-mpnet-base-v2, sentence-transformers, sentence-transformers/byok_kb_embedding",
        "1.0.2, sentence-transformers/solr_embedding, granite, sentence-transformers,"
                + " sentence-transformers/solr_embedding",
        "1.0.2, gpt-4o-mini, '', openai, openai/gpt-4o-mini",
        "0.6.0, byok_kb_embedding, all-mpnet-base-v2, sentence-transformers, sentence-transformers/all-mpnet-base-v2",
        "0.3.5, gpt-4o-mini, '', openai, openai/gpt-4o-mini",
        "0.2.22, byok_kb_embedding, all-mpnet-base-v2, sentence-transformers, byok_kb_embedding",
        "0.2.22, gpt-4o-mini, gpt-4o-mini, openai, openai/gpt-4o-mini",
    })
    void identifierPerRelease(String release, String modelId, String providerModelId, String providerId,
            String expected) {
        Catalog catalog = BundledCatalogs.get(release);
        ResourceShape models = catalog.shape().resource(ResourceKind.MODEL).orElseThrow();
        String yaml = "model_id: " + modelId + "\nprovider_id: " + providerId + "\n"
                + (providerModelId == null || providerModelId.isEmpty() ? "" : "provider_model_id: " + providerModelId + "\n");
        YMap entry = (YMap) new SafeYamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml").root()
                .orElseThrow();
        assertEquals(expected, StartupChecks.identifier(models, entry, catalog.shape(), providerId));
    }
}

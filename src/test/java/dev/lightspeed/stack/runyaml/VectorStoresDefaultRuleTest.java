package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VectorStoresDefaultRule} alone: 0.3.5's {@code vector_stores.default_embedding_model}. */
class VectorStoresDefaultRuleTest {

    private static List<String> check(String base, String provider) {
        return RunYamlFixture.rule(new VectorStoresDefaultRule(), base + "vector_stores:\n  default_embedding_model:\n"
                + "    provider_id: " + provider + "\n    model_id: nomic\n", "0.3.5", Policy.LLAMA_STACK);
    }

    @Test
    void theProviderMustBeAnEnabledInferenceProvider() {
        assertEquals(List.of(), check(RunYamlFixture.minimal("0.3.5"), "openai"));
        List<String> found = check(RunYamlFixture.minimal("0.3.5"), "ollama");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(": vector-stores-default: vector_stores.default_embedding_model.provider_id:"
                + " no enabled inference provider has the id 'ollama'"), found.get(0));
    }

    @Test
    void theModelsApiMustBeServed() {
        List<String> found = check(RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"), "- inference\n", ""),
                "openai");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(": vector-stores-default: vector_stores.default_embedding_model: the default"
                + " embedding model 'openai/nomic' needs the models API, which is not served"), found.get(0));
    }
}

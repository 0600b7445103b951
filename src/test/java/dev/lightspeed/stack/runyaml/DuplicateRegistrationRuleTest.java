package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DuplicateRegistrationRule} alone: one registry identifier registered twice. */
class DuplicateRegistrationRuleTest {

    private static final String MODEL = "  - model_id: gpt-4o-mini\n    provider_id: openai\n    model_type: llm\n";

    private static List<String> models(String second) {
        return RunYamlFixture.rule(new DuplicateRegistrationRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                MODEL, MODEL + second), "0.3.5", Policy.LLAMA_STACK);
    }

    @Test
    void anotherObjectUnderATakenIdentifierIsAnErrorTheSameOneAWarning() {
        assertEquals(List.of("error run.yaml:40:5: resource-duplicate-id: registered_resources.models[1]: model"
                + " 'openai/gpt-4o-mini' is registered twice with different content (first at"
                + " registered_resources.models[0]); llama-stack refuses to start (\"Object of type … and identifier …"
                + " already exists\") (fix: remove one of them, or give it another id)"),
                models("  - model_id: gpt-4o-mini\n    provider_id: openai\n    model_type: embedding\n"));
        assertEquals(List.of("warning run.yaml:40:5: resource-duplicate-id: registered_resources.models[1]: model"
                + " 'openai/gpt-4o-mini' is registered twice (first at registered_resources.models[0]), identically"
                + " (fix: remove one of them)"), models(MODEL));
    }

    @Test
    void distinctIdentifiersPass() {
        assertEquals(List.of(), models("  - model_id: gpt-4o\n    provider_id: openai\n    model_type: llm\n"));
    }
}

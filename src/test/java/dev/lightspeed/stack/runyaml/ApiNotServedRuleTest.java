package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiNotServedRule} alone: providers of an API that {@code apis:} leaves out. */
class ApiNotServedRuleTest {

    private static List<String> apis(String list, Policy policy) {
        return RunYamlFixture.rule(new ApiNotServedRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "apis:\n- inference\n- vector_io\n", list), "0.3.5", policy);
    }

    @Test
    void anApiLeftOutIsAnErrorUnderLcsAndAWarningUnderLlamaStack() {
        String line = " run.yaml:13:5: run-api-not-served: providers.vector_io[0]: providers are configured for"
                + " vector_io, but 'apis:' does not list it: llama-stack starts them and serves no vector_io API (fix:"
                + " add '- vector_io' to apis, or remove the vector_io providers)";
        assertEquals(List.of("error" + line), apis("apis:\n- inference\n", Policy.LCS));
        assertEquals(List.of("warning" + line), apis("apis:\n- inference\n", Policy.LLAMA_STACK));
    }

    @Test
    void anEmptyOrMissingListServesEveryApi() {
        assertEquals(List.of(), apis("apis: []\n", Policy.LCS));
        assertEquals(List.of(), apis("", Policy.LCS));
        assertEquals(List.of(), RunYamlFixture.rule(new ApiNotServedRule(), RunYamlFixture.minimal("0.3.5"), "0.3.5",
                Policy.LCS));
    }
}

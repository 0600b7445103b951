package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SwitchedProvidersRule} alone: bare references in a provider switched off by its id. */
class SwitchedProvidersRuleTest {

    private static List<String> check(String key) {
        String azure = "  - provider_id: ${env.AZURE_API_KEY:+azure}\n    provider_type: remote::azure\n"
                + "    config:\n      api_key: " + key + "\n      api_base: https://example.openai.azure.com\n"
                + "      api_version: 2025-01-01-preview\n";
        return RunYamlFixture.rule(new SwitchedProvidersRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "  vector_io:\n", azure + "  vector_io:\n"), "0.3.5", Policy.LLAMA_STACK);
    }

    @Test
    void aBareReferenceInASwitchedOffProviderStopsTheStack() {
        List<String> found = check("${env.AZURE_API_KEY}");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("error run.yaml:16:16: env-switched-provider:"), found.get(0));
        assertEquals(List.of(), check("${env.AZURE_API_KEY:=}"));
    }

    @Test
    void providersThatAreNotSwitchedAreLeftToTheSharedRule() {
        assertEquals(List.of(), RunYamlFixture.rule(new SwitchedProvidersRule(), RunYamlFixture.minimal("0.3.5"),
                "0.3.5", Policy.LLAMA_STACK));
    }
}

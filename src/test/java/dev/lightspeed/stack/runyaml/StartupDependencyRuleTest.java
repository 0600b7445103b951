package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StartupDependencyRule} alone: a provider's required API without an implementation at start-up. */
class StartupDependencyRuleTest {

    private static final String RAG = "providers:\n  tool_runtime:\n  - provider_id: rag\n"
            + "    provider_type: inline::rag-runtime\n    config: {}\n";

    private static List<String> check(Policy policy) {
        return RunYamlFixture.rule(new StartupDependencyRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "providers:\n", RAG), "0.3.5", policy);
    }

    @Test
    void aMissingDependencyStopsLlamaStack() {
        List<String> found = check(Policy.LLAMA_STACK);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("error run.yaml:9:20: api-dependency: providers.tool_runtime[0]:"
                + " inline::rag-runtime (tool_runtime) needs the files API, which has no implementation in this"
                + " stack; llama-stack refuses to start"), found.get(0));
    }

    @Test
    void underLcsTheSharedRuleReportsAMissingProviderInstead() {
        assertEquals(List.of(), check(Policy.LCS));
    }

    @Test
    void theMinimalFileIsClean() {
        assertEquals(List.of(), RunYamlFixture.rule(new StartupDependencyRule(), RunYamlFixture.minimal("0.3.5"),
                "0.3.5", Policy.LLAMA_STACK));
    }
}

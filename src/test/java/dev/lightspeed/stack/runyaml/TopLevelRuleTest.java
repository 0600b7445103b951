package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TopLevelRule} alone: the top level of a run.yaml against its release's run-config schema. */
class TopLevelRuleTest {

    private static List<String> check(String from, String to, Policy policy) {
        return RunYamlFixture.rule(new TopLevelRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"), from, to),
                "0.3.5", policy);
    }

    @Test
    void theMinimalFileIsClean() {
        assertEquals(List.of(), RunYamlFixture.rule(new TopLevelRule(), RunYamlFixture.minimal("0.3.5"), "0.3.5",
                Policy.LCS));
    }

    @Test
    void anUnknownKeyIsAnErrorUnderLcsAndAWarningUnderLlamaStack() {
        String line = " run.yaml:3:1: run-unknown-key: imagename: unknown top-level key 'imagename': llama-stack"
                + " 0.3.5 ignores it silently (fix: did you mean 'image_name'?)";
        assertEquals(List.of("error" + line), check("image_name: minimal\n", "image_name: minimal\nimagename: x\n",
                Policy.LCS).stream().filter(p -> p.contains("imagename:")).toList());
        assertEquals(List.of("warning" + line), check("image_name: minimal\n",
                "image_name: minimal\nimagename: x\n", Policy.LLAMA_STACK));
    }

    @Test
    void aKeyOfAnotherReleaseIsNamedAsSuch() {
        List<String> found = check("server:\n", "metadata_store:\n  type: sqlite\nserver:\n", Policy.LLAMA_STACK);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("warning run.yaml:40:1: run-other-release-key: metadata_store:"
                + " 'metadata_store' is a llama-stack 0.2 key; llama-stack 0.3.5 ignores it silently"), found.get(0));
    }

    @Test
    void aMissingRequiredKeyAndAWrongTypeStopLlamaStackUnderBothPolicies() {
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            List<String> found = check("image_name: minimal\n", "", policy);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).startsWith("error run.yaml:1:1: run-missing-key: image_name: "), found.get(0));
            found = check("  port: 8321\n", "  port: [8321]\n", policy);
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).startsWith("error run.yaml:41:9: run-type: server.port: "), found.get(0));
        }
    }
}

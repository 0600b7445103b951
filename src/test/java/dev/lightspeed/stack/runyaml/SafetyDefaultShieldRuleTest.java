package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SafetyDefaultShieldRule} alone, on 0.4.3 files: {@code safety.default_shield_id}. */
class SafetyDefaultShieldRuleTest {

    private static final String GUARD = "  safety:\n  - provider_id: llama-guard\n    provider_type: inline::llama-guard\n"
            + "    config: {}\n";

    /** A 0.3.5-shaped file read as {@code release}; {@code apis:} (inference, vector_io) only without providers. */
    private static List<String> check(String release, String providers, String shields) {
        String yaml = RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"), "  vector_io:\n", providers + "  vector_io:\n")
                .replace("apis:\n- inference\n- vector_io\n", providers.isEmpty() ? "apis:\n- inference\n- vector_io\n" : "")
                .replace("registered_resources:\n", "registered_resources:\n" + shields)
                + "safety:\n  default_shield_id: guard\n";
        return RunYamlFixture.rule(new SafetyDefaultShieldRule(), yaml, release, Policy.LLAMA_STACK);
    }

    @Test
    void theSafetyApiMustBeServed() {
        // apis: lists inference and vector_io only, so no safety router starts
        List<String> found = check("0.4.3", "", "");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("error run.yaml:"), found.get(0));
        assertTrue(found.get(0).contains(": safety-default-shield: safety.default_shield_id: default_shield_id 'guard'"
                + " needs the safety API, which is not served"), found.get(0));
    }

    @Test
    void theIdMustBeARegisteredShield() {
        String shields = "  shields:\n  - shield_id: @ID@\n    provider_id: llama-guard\n";
        assertEquals(List.of(), check("0.4.3", GUARD, shields.replace("@ID@", "guard")));
        List<String> found = check("0.4.3", GUARD, shields.replace("@ID@", "other"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("default_shield_id 'guard' is not a registered shield (registered: other)"),
                found.get(0));
    }

    @Test
    void aReleaseWithoutTheKeyIsNotChecked() {
        assertEquals(List.of(), check("0.3.5", "", ""));
    }
}

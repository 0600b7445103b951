package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiEntriesRule} alone: {@code apis:} entries that stop llama-stack, under both policies. */
class ApiEntriesRuleTest {

    private static List<String> apis(String extra, Policy policy) {
        return RunYamlFixture.rule(new ApiEntriesRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "- vector_io\n", "- vector_io\n" + extra), "0.3.5", policy);
    }

    @Test
    void anUnknownApiAndAnApiWithoutImplementationAreErrors() {
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            assertEquals(List.of("error run.yaml:6:3: run-api-unknown: apis[2]: llama-stack 0.3.5 has no API 'infrence';"
                    + " it refuses to start (\"API 'infrence' does not exist\") (fix: did you mean 'inference'?)"),
                    apis("- infrence\n", policy));
            assertEquals(List.of("error run.yaml:6:3: run-api-unavailable: apis[2]: 'files' is listed in apis, but no"
                    + " enabled provider serves it; llama-stack refuses to start (\"Could not find provider"
                    + " implementation for files API\") (fix: add a files provider, or remove 'files' from apis)"),
                    apis("- files\n", policy));
        }
    }

    @Test
    void servedApisAndEnvironmentReferencesPass() {
        assertEquals(List.of(), apis("", Policy.LCS));
        assertEquals(List.of(), apis("- ${env.EXTRA_API}\n", Policy.LCS));
    }
}

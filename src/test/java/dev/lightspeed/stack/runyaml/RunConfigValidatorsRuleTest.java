package dev.lightspeed.stack.runyaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lightspeed.stack.validate.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunConfigValidatorsRule} alone: the run-config model validators JSON Schema does not show. */
class RunConfigValidatorsRuleTest {

    private static List<String> server(String block) {
        return RunYamlFixture.rule(new RunConfigValidatorsRule(), RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"),
                "server:\n  port: 8321\n", "server:\n  port: 8321\n" + block), "0.3.5", Policy.LLAMA_STACK);
    }

    @Test
    void wildcardOriginsWithCredentialsStopLlamaStack() {
        assertEquals(List.of("error run.yaml:43:5: run-value: server.cors: wildcard origins with allow_credentials:"
                + " true; llama-stack refuses to start (\"Cannot use wildcard origins with credentials enabled\")"
                + " (fix: list the allowed origins, or set allow_credentials: false)"),
                server("  cors:\n    allow_origins: ['*']\n    allow_credentials: yes\n"));
        assertEquals(List.of(), server("  cors:\n    allow_origins: ['https://a.example']\n    allow_credentials: true\n"));
        assertEquals(List.of(), server("  cors:\n    allow_origins: ['*']\n    allow_credentials: false\n"));
    }

    @Test
    void oauth2NeedsExactlyOneOfJwksAndIntrospection() {
        String both = server("  auth:\n    provider_config:\n      type: oauth2_token\n      jwks: {uri: x}\n"
                + "      introspection: {url: y}\n").get(0);
        assertEquals("error run.yaml:44:7: run-value: server.auth.provider_config: both jwks and introspection are"
                + " configured; llama-stack refuses to start (\"At present only one of jwks or introspection should be"
                + " configured\") (fix: configure exactly one of jwks, introspection)", both);
        List<String> neither = server("  auth:\n    provider_config:\n      type: oauth2_token\n      jwks: null\n");
        assertEquals(1, neither.size(), neither.toString());
        assertEquals(List.of(), server("  auth:\n    provider_config:\n      type: oauth2_token\n      jwks: {uri: x}\n"));
    }

    @Test
    void aFileWithoutServerSettingsIsClean() {
        assertEquals(List.of(), RunYamlFixture.rule(new RunConfigValidatorsRule(), RunYamlFixture.minimal("0.3.5"),
                "0.3.5", Policy.LCS));
    }
}

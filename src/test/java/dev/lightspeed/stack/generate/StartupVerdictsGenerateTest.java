package dev.lightspeed.stack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * generate agrees with validate on what llama-stack decides while it starts (issue 14): a provider's store reference
 * to a backend the generated run.yaml does not define, or of the other kind, and a bare reference in a provider
 * switched off by its id, are errors in the declaration, with a fix.
 */
class StartupVerdictsGenerateTest {

    private static final String OPENAI = "providers:\n  - type: remote::openai\n"
            + "    config: {api_key: '${env.OPENAI_API_KEY}'}\n";

    /** Generates for llama-stack 0.3.5 (the release these verdicts were written for), as -Dlightspeed.llamaStack. */
    private static GenerateResult generate(String declaration) {
        return new StackGenerator().generate(new GenerateRequest(declaration.getBytes(StandardCharsets.UTF_8),
                "stack.yaml", "0.3.5", List.of(), Path.of("out"), false));
    }

    private static Problem only(GenerateResult r, String rule) {
        List<Problem> found = r.problems().stream().filter(p -> p.rule().equals(rule)).toList();
        assertEquals(1, found.size(), () -> r.problems().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        assertTrue(r.outputs().isEmpty());
        return found.get(0);
    }

    @Test
    void aProviderStoreReferenceMustNameAGeneratedBackendOfItsKind() {
        Problem kind = only(generate(OPENAI + "  - type: inline::faiss\n"
                + "    config: {persistence: {namespace: faiss, backend: sql_default}}\n"), "storage-backend-kind");
        assertEquals("stack.yaml:5:55: storage-backend-kind: providers[1].config.persistence.backend: backend"
                + " 'sql_default' is a sql_* backend, and this reference needs a kv_* one; the provider fails when it"
                + " starts (kvstore_impl), so llama-stack refuses to start (fix: use kv_default)", kind.oneLine());
        Problem unknown = only(generate(OPENAI + "  - type: inline::faiss\n"
                + "    config: {persistence: {namespace: faiss, backend: kv_nope}}\n"), "storage-backend-unknown");
        assertTrue(unknown.message().startsWith("backend 'kv_nope' is not declared under storage.backends (the"
                + " generated run.yaml defines kv_default, sql_default)"), unknown.message());
        assertEquals("use one of kv_default, sql_default", unknown.fix());
    }

    @Test
    void aBareReferenceInASwitchedOffProviderIsRefused() {
        String azure = "  - type: remote::azure\n    id: ${env.AZURE_API_KEY:+azure}\n"
                + "    config:\n      api_key: @KEY@\n      api_base: https://example.openai.azure.com\n"
                + "      api_version: 2025-01-01-preview\n";
        Problem bare = only(generate(OPENAI + azure.replace("@KEY@", "${env.AZURE_API_KEY}")),
                "env-switched-provider");
        assertEquals("stack.yaml:7:16", bare.location().toString());
        assertEquals("write '${env.AZURE_API_KEY:=}' (empty when AZURE_API_KEY is unset), or a default:"
                + " '${env.AZURE_API_KEY:=<value>}'", bare.fix());
        GenerateResult ok = generate(OPENAI + azure.replace("@KEY@", "${env.AZURE_API_KEY:=}"));
        assertFalse(ok.hasErrors(), ok.problems().toString());
    }
}

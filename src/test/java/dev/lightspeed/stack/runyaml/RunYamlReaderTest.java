package dev.lightspeed.stack.runyaml;

import static dev.lightspeed.stack.runyaml.RunYamlFixture.check;
import static dev.lightspeed.stack.runyaml.RunYamlFixture.edit;
import static dev.lightspeed.stack.runyaml.RunYamlFixture.errors;
import static dev.lightspeed.stack.runyaml.RunYamlFixture.minimal;
import static dev.lightspeed.stack.runyaml.RunYamlFixture.warnings;
import static dev.lightspeed.stack.runyaml.RunYamlFixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Severity;
import dev.lightspeed.stack.testutil.TestFiles;
import dev.lightspeed.stack.validate.Policy;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per check that is specific to reading a run.yaml, under both policies where they differ. */
class RunYamlReaderTest {

    private static final String NEW = "0.3.5";
    private static final String OLD = "0.2.22";
    private static final String M = minimal(NEW);

    private static Problem only(List<Problem> problems, String rule) {
        List<Problem> found = withRule(problems, rule);
        assertEquals(1, found.size(), () -> rule + " in " + problems);
        return found.get(0);
    }

    @Test
    void minimalFilesAreCleanUnderBothPolicies() {
        for (Policy p : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            assertEquals(List.of(), check(M, NEW, p));
            assertEquals(List.of(), check(minimal(OLD), OLD, p));
        }
    }

    @Test
    void disabledProvidersAreSkipped() {
        String yaml = edit(M, "  vector_io:\n", """
                  - provider_id: ${env.OLLAMA_URL:+ollama}
                    provider_type: remote::no-such-thing
                    config: {url: 12, bogus: true}
                  - provider_id: ${env.X:=__disabled__}
                    provider_type: remote::also-not-there
                  vector_io:
                """);
        assertEquals(List.of(), check(yaml, NEW, Policy.LCS));
        assertEquals(List.of(), check(yaml, NEW, Policy.LLAMA_STACK));
    }

    @Test
    void aBareReferenceInASwitchedOffProviderIsNeededAtStartUp() {
        String yaml = edit(M, "  vector_io:\n", """
                  - provider_id: ${env.AZURE_API_KEY:+azure}
                    provider_type: remote::azure
                    config: {api_key: "${env.AZURE_API_KEY}", api_base: "https://${env.AZURE_HOST}/v1"}
                  - provider_id: ${env.X:=__disabled__}
                    provider_type: remote::azure
                    config: {api_key: "${env.NEVER_EXPANDED}"}
                  vector_io:
                """);
        for (Policy policy : List.of(Policy.LLAMA_STACK, Policy.LCS)) {
            List<Problem> found = withRule(check(yaml, NEW, policy), "env-switched-provider");
            assertEquals(List.of("providers.inference[1].config.api_key", "providers.inference[1].config.api_base"),
                    found.stream().map(Problem::path).toList());
            assertEquals(Severity.ERROR, found.get(0).severity());
            assertTrue(found.get(0).message().contains("so the switch cannot switch it off: with AZURE_API_KEY unset"
                    + " the stack does not start"), found.get(0).message());
            assertTrue(found.get(1).message().contains("so with AZURE_API_KEY unset the stack does not start unless"
                    + " AZURE_HOST is set"), found.get(1).message());
            assertEquals("write '${env.AZURE_HOST:=}' (empty when AZURE_HOST is unset), or a default:"
                    + " '${env.AZURE_HOST:=<value>}'", found.get(1).fix());
        }
        // := is fine there; a variable referenced bare where llama-stack needs it anyway is set in any case
        String fixed = yaml.replace("\"${env.AZURE_API_KEY}\"", "${env.AZURE_API_KEY:=}")
                .replace("${env.OPENAI_API_KEY}", "${env.OPENAI_API_KEY}${env.AZURE_HOST}");
        assertEquals(List.of(), withRule(check(fixed, NEW, Policy.LLAMA_STACK), "env-switched-provider"));
    }

    @Test
    void defaultsAreSubstitutedAndCoercedBeforeTheSchemaCheck() {
        String bad = edit(M, "port: 8321", "port: ${env.PORT:=eighty}");
        Problem p = only(check(bad, NEW, Policy.LLAMA_STACK), "run-type");
        assertEquals("server.port", p.path());
        assertEquals(41, p.location().line());
        assertEquals(List.of(), check(edit(M, "port: 8321", "port: ${env.PORT:=8080}"), NEW, Policy.LLAMA_STACK));
        assertEquals(List.of(), check(edit(M, "port: 8321", "port: ${env.PORT}"), NEW, Policy.LLAMA_STACK));
    }

    @Test
    void missingStorageIsAnErrorUnderBothPolicies() {
        String yaml = M.substring(0, M.indexOf("storage:")) + M.substring(M.indexOf("registered_resources:"));
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            Problem p = only(check(yaml, NEW, policy), "run-missing-key");
            assertEquals(Severity.ERROR, p.severity());
            assertEquals("storage", p.path());
            assertTrue(p.fix().contains("storage:"), p.fix());
        }
    }

    @Test
    void metadataStoreMustExist() {
        String yaml = edit(M, "    metadata:\n      namespace: registry\n      backend: kv_default\n", "");
        Problem p = only(check(yaml, NEW, Policy.LLAMA_STACK), "storage-metadata-missing");
        assertEquals(Severity.ERROR, p.severity());
    }

    @Test
    void storeReferencesAreCheckedAtStartUp() {
        Problem unknown = only(check(edit(M, "namespace: registry\n      backend: kv_default",
                "namespace: registry\n      backend: kv_nope"), NEW, Policy.LLAMA_STACK), "storage-backend-unknown");
        assertEquals(Severity.ERROR, unknown.severity());
        assertEquals("storage.stores.metadata.backend", unknown.path());
        Problem kind = only(check(edit(M, "namespace: registry\n      backend: kv_default",
                "namespace: registry\n      backend: sql_default"), NEW, Policy.LLAMA_STACK), "storage-backend-kind");
        assertEquals(Severity.ERROR, kind.severity());
    }

    @Test
    void providerBackendReferencesFailTheStartUp() {
        String yaml = edit(M, "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: kv_missing");
        for (Policy policy : List.of(Policy.LLAMA_STACK, Policy.LCS)) {
            Problem unknown = only(check(yaml, NEW, policy), "storage-backend-unknown");
            assertEquals(Severity.ERROR, unknown.severity());
            assertTrue(unknown.message().contains("the provider fails when it starts (kvstore_impl)"),
                    unknown.message());
            assertEquals("providers.vector_io[0].config.persistence.backend", unknown.path());
        }
        String wrongKind = edit(M, "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: sql_default");
        Problem kind = only(check(wrongKind, NEW, Policy.LLAMA_STACK), "storage-backend-kind");
        assertEquals(Severity.ERROR, kind.severity());
        assertEquals("use kv_default", kind.fix());
        // a switched-off provider is never started; a backend given by a plain reference has an unknown value
        String off = edit(yaml, "provider_id: faiss", "provider_id: ${env.FAISS:+faiss}");
        assertEquals(List.of(), withRule(check(off, NEW, Policy.LLAMA_STACK), "storage-backend-unknown"));
        String plain = edit(M, "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::faiss\n        backend: ${env.KV_BACKEND}");
        assertEquals(List.of(), withRule(check(plain, NEW, Policy.LLAMA_STACK), "storage-backend-unknown"));
        // an earlier entry with the same id is shadowed: never started, so its reference cannot fail the start
        String shadowed = edit(M, "  vector_io:\n", "  vector_io:\n  - provider_id: faiss\n"
                + "    provider_type: inline::faiss\n    config: {persistence: {namespace: x, backend: kv_gone}}\n");
        assertEquals(List.of(), errors(check(shadowed, NEW, Policy.LLAMA_STACK)));
    }

    @Test
    void keysOfTheOtherReleaseAreIgnoredByLlamaStackAndRejectedByLcs() {
        String yaml = M + "metadata_store:\n  type: sqlite\n  db_path: /tmp/registry.db\n";
        Problem warn = only(check(yaml, NEW, Policy.LLAMA_STACK), "run-other-release-key");
        assertEquals(Severity.WARNING, warn.severity());
        assertEquals(42, warn.location().line());
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "run-other-release-key").severity());
        String old = minimal(OLD) + "storage:\n  backends: {}\n";
        assertEquals(Severity.WARNING, only(check(old, OLD, Policy.LLAMA_STACK), "run-other-release-key")
                .severity());
    }

    @Test
    void unknownTopLevelKeysSuggestTheClosestKnownOne() {
        String yaml = M + "sever:\n  port: 1\n";
        Problem p = only(check(yaml, NEW, Policy.LLAMA_STACK), "run-unknown-key");
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.fix().contains("'server'"), p.fix());
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "run-unknown-key").severity());
    }

    @Test
    void nestedUnknownFieldsFollowThePolicy() {
        String yaml = edit(M, "server:\n  port: 8321", "server:\n  port: 8321\n  prot: 1");
        assertEquals(Severity.WARNING, only(check(yaml, NEW, Policy.LLAMA_STACK), "run-unknown-key").severity());
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "run-unknown-key").severity());
    }

    @Test
    void duplicateKeysKeepTheLastValueUnderLlamaStackAndFailUnderLcs() {
        String yaml = edit(M, "image_name: minimal\n", "image_name: minimal\nimage_name: [not, a, string]\n");
        List<Problem> lenient = check(yaml, NEW, Policy.LLAMA_STACK);
        assertEquals(Severity.WARNING, only(lenient, "yaml-duplicate-key").severity());
        assertEquals("image_name", only(lenient, "run-type").path(), "the last value is the one checked");
        String harmless = edit(M, "image_name: minimal\n", "image_name: first\nimage_name: minimal\n");
        assertEquals(List.of(), errors(check(harmless, NEW, Policy.LLAMA_STACK)));
        assertEquals(Severity.ERROR, only(check(harmless, NEW, Policy.LCS), "yaml-duplicate-key").severity());
    }

    @Test
    void messagesNameTheReleasesProduct() throws IOException {
        String noProvider = edit(M, "  - model_id: gpt-4o-mini\n    provider_id: openai\n",
                "  - model_id: gpt-4o-mini\n");
        assertTrue(only(check(noProvider, NEW, Policy.LCS), "resource-no-provider").message()
                .contains("names no provider_id, so llama-stack never registers it"));
        String unknownStore = edit(M, "namespace: registry\n      backend: kv_default",
                "namespace: registry\n      backend: kv_nope");
        assertTrue(only(check(unknownStore, NEW, Policy.LCS), "storage-backend-unknown").message()
                .endsWith("; llama-stack refuses to start"));
        String ogx = "1.0.2";
        String ogxNoProvider = TestFiles.read(TestFiles.resource(
                "validate/golden/fail-1.0.2-resource-no-provider/run.yaml"));
        assertTrue(only(check(ogxNoProvider, ogx, Policy.LCS), "resource-no-provider").message()
                .contains("names no provider_id, so OGX never registers it"));
        String ogxUnknownBackend = TestFiles.read(TestFiles.resource(
                "validate/golden/fail-1.0.2-storage-backend-unknown/run.yaml"));
        assertTrue(only(check(ogxUnknownBackend, ogx, Policy.LCS), "storage-backend-unknown").message()
                .endsWith("(kvstore_impl), so OGX refuses to start"));
    }

    @Test
    void resourcesWithoutProviderAreNeverRegistered() {
        String yaml = edit(M, "  - model_id: gpt-4o-mini\n    provider_id: openai\n", "  - model_id: gpt-4o-mini\n");
        assertEquals(Severity.WARNING, only(check(yaml, NEW, Policy.LLAMA_STACK), "resource-no-provider").severity());
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "resource-no-provider").severity());
        String switchedOff = edit(M, "provider_id: openai\n    model_type", "provider_id: ${env.X:+openai}\n    model_type");
        assertEquals(List.of(), check(switchedOff, NEW, Policy.LCS));
    }

    @Test
    void resourcesMustNameAConfiguredProviderOfTheirApi() {
        String yaml = edit(M, "provider_id: openai\n    model_type", "provider_id: opena\n    model_type");
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            Problem p = only(check(yaml, NEW, policy), "resource-provider-missing");
            assertEquals(Severity.ERROR, p.severity());
            assertTrue(p.fix().contains("'openai'"), p.fix());
        }
        String wrongApi = edit(M, "provider_id: openai\n    model_type", "provider_id: faiss\n    model_type");
        assertEquals(Severity.ERROR, only(check(wrongApi, NEW, Policy.LLAMA_STACK), "resource-provider-api")
                .severity());
    }

    @Test
    void apisListIsCheckedAsCreateAppDoes() {
        String unknown = edit(M, "- vector_io\n", "- vector_io\n- vectr_io\n");
        Problem p = only(check(unknown, NEW, Policy.LLAMA_STACK), "run-api-unknown");
        assertEquals(Severity.ERROR, p.severity(), "create_app: Api('vectr_io') raises");
        assertTrue(p.fix().contains("vector_io"), p.fix());
        assertEquals(Severity.ERROR, only(check(unknown, NEW, Policy.LCS), "run-api-unknown").severity());
        String notServed = edit(M, "- vector_io\n", "");
        assertEquals(Severity.WARNING, only(check(notServed, NEW, Policy.LLAMA_STACK), "run-api-not-served")
                .severity());
    }

    @Test
    void unknownProviderApiStopsLlamaStack() {
        String yaml = edit(M, "  vector_io:\n", "  vectorio:\n");
        Problem p = only(check(yaml, NEW, Policy.LLAMA_STACK), "provider-unknown-api");
        assertEquals(Severity.ERROR, p.severity());
    }

    @Test
    void imageNameIsCastToAStringAsLlamaStackDoes() {
        assertEquals(List.of(), check(edit(M, "image_name: minimal", "image_name: 42"), NEW, Policy.LLAMA_STACK));
    }

    @Test
    void duplicateProviderIdsKeepTheLastUnderLlamaStack() {
        String yaml = edit(M, "  vector_io:\n", """
                  - provider_id: openai
                    provider_type: remote::openai
                    config: {api_key: "${env.OTHER_KEY}"}
                  vector_io:
                """);
        assertEquals(Severity.WARNING, only(check(yaml, NEW, Policy.LLAMA_STACK), "provider-duplicate-id")
                .severity());
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "provider-duplicate-id").severity());
        // the shadowed (earlier) entry's config is never parsed by llama-stack: no config errors, a warning on it
        String shadowed = edit(M, "providers:\n  inference:\n", """
                providers:
                  inference:
                  - provider_id: openai
                    provider_type: remote::openai
                    config: {api_key: 123, base_url: [x]}
                """);
        List<Problem> lenient = check(shadowed, NEW, Policy.LLAMA_STACK);
        assertEquals(List.of(), errors(lenient));
        Problem warning = only(lenient, "provider-duplicate-id");
        assertEquals("providers.inference[0].provider_id", warning.path());
        assertTrue(warning.message().contains("shadowed"), warning.message());
        assertTrue(errors(check(shadowed, NEW, Policy.LCS)).size() > 1, "LCS still checks both entries");
    }

    @Test
    void unsupportedProvidersAreLcsErrorsUnlessAllowed() {
        String yaml = edit(M, "provider_type: inline::faiss", "provider_type: inline::milvus");
        yaml = edit(yaml, "namespace: vector_io::faiss\n        backend: kv_default",
                "namespace: vector_io::milvus\n        backend: kv_default\n      db_path: /tmp/milvus.db");
        Problem p = only(check(yaml, NEW, Policy.LCS), "provider-unsupported");
        assertTrue(p.fix().contains("-Dlightspeed.allowUnsupported=inline::milvus"), p.fix());
        assertEquals(List.of(), errors(check(yaml, NEW, Policy.LCS,
                java.util.Map.of("inline::milvus", "test"))));
        assertEquals(Severity.WARNING, only(check(yaml, NEW, Policy.LLAMA_STACK), "provider-unsupported")
                .severity());
    }

    @Test
    void aTopLevelThatIsNoMappingIsOneError() {
        for (String text : new String[] {"- a\n- b\n", "just text\n", "42\n"}) {
            List<Problem> ps = check(text, NEW, Policy.LLAMA_STACK);
            Problem p = only(ps, "run-type");
            assertEquals(1, p.location().line());
            assertEquals(1, ps.size(), ps::toString);
        }
    }

    @Test
    void literalSecretsAreLcsErrorsAndLlamaStackWarnings() {
        String yaml = edit(M, "api_key: ${env.OPENAI_API_KEY}", "api_key: sk-live-123");
        assertEquals(Severity.ERROR, only(check(yaml, NEW, Policy.LCS), "secret-literal").severity());
        assertEquals(List.of(), errors(check(yaml, NEW, Policy.LLAMA_STACK)));
        assertEquals(1, warnings(check(yaml, NEW, Policy.LLAMA_STACK)).size());
    }

    @Test
    void malformedEnvReferencesAreReportedWhereTheyAre() {
        String yaml = edit(M, "api_key: ${env.OPENAI_API_KEY}", "api_key: ${OPENAI_API_KEY}");
        Problem p = only(check(yaml, NEW, Policy.LCS), "env-reference");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(11, p.location().line());
    }

    @Test
    void resourceRegistrationRulesAreTheOnesGenerateRuns() {
        String yaml = RunYamlFixture.edit(RunYamlFixture.minimal("0.3.5"), "    model_type: llm\n",
                "    model_type: llm\n  - model_id: emb\n    provider_id: openai\n    model_type: embedding\n"
                        + "  vector_stores:\n  - vector_store_id: docs\n    provider_id: faiss\n"
                        + "    embedding_model: openai/emb\n");
        for (Policy policy : List.of(Policy.LCS, Policy.LLAMA_STACK)) {
            List<Problem> found = RunYamlFixture.check(yaml, "0.3.5", policy);
            assertEquals(List.of("run.yaml:40:5: model-embedding-dimension: registered_resources.models[1]: embedding"
                    + " model 'emb' has no metadata.embedding_dimension; llama-stack refuses to register it"
                    + " (\"Embedding model must have an embedding dimension in its metadata\") (fix: add 'metadata:"
                    + " {embedding_dimension: 768}' (the model's dimension))"),
                    RunYamlFixture.withRule(found, "model-embedding-dimension").stream().map(Problem::oneLine)
                            .toList(), policy.toString());
            assertEquals(policy.lcs() ? List.of() : List.of("run.yaml:44:5: resource-not-registered:"
                    + " registered_resources.vector_stores[0]: llama-stack 0.3.5 never registers"
                    + " registered_resources.vector_stores at start-up (register_resources has no entry for them), so"
                    + " 'docs' is not checked or created (fix: create the vector store through the API, or keep it for"
                    + " documentation only)"),
                    RunYamlFixture.withRule(found, "resource-not-registered").stream().map(Problem::oneLine)
                            .toList(), policy.toString());
        }
    }
}

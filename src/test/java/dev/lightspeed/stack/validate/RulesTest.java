package dev.lightspeed.stack.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.yaml.SafeYamlReader;
import dev.lightspeed.stack.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each rule alone, on a stack built here against the bundled 0.3.5 catalog, under both policies. Provider i stands at
 * line 10+i (type at column 9), resource i at line 30+i (provider at column 15).
 */
class RulesTest {

    /** A stack under construction. */
    static final class Stack {
        final List<ProviderInstance> providers = new ArrayList<>();
        final List<ResourceRef> resources = new ArrayList<>();
        final Map<String, String> allow = new LinkedHashMap<>();
        final Map<String, Location> allowWhere = new LinkedHashMap<>();

        Stack provider(String api, String id, String type) {
            return provider(api, id, type, "{}");
        }

        Stack provider(String api, String id, String type, String config) {
            int i = providers.size();
            YMap c = (YMap) new SafeYamlReader().readText(config, "s.yaml").root().orElseThrow();
            providers.add(new ProviderInstance(api, id, type, c, "providers[" + i + "]", at(10 + i, 3),
                    at(10 + i, 9), "type"));
            return this;
        }

        Stack resource(ResourceKind kind, String id, String providerId) {
            int i = resources.size();
            resources.add(new ResourceRef(kind, id, providerId, kind.name().toLowerCase(java.util.Locale.ROOT) + "s[" + i + "]", at(30 + i, 5),
                    providerId == null ? Map.of()
                    : Map.of("provider_id", at(30 + i, 15)), "provider"));
            return this;
        }

        Stack allow(String type, String reason) {
            allow.put(type, reason);
            allowWhere.put(type, at(50 + allow.size(), 5));
            return this;
        }

        StackModel model() {
            return new StackModel("s.yaml", BundledCatalogs.get("0.3.5"), List.of(), Location.of("s.yaml"),
                    providers, resources, allow, allowWhere, null);
        }
    }

    static Location at(int line, int col) {
        return new Location("s.yaml", line, col);
    }

    static Stack stack() {
        return new Stack();
    }

    static List<String> run(Rule rule, Stack s, Policy policy) {
        Problems out = new Problems();
        rule.check(new RuleContext(s.model(), policy, out));
        return out.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void unknownApi() {
        List<String> p = run(new KnownProviderRule(), stack().provider("inferenc", "x", "remote::openai"), Policy.LCS);
        assertEquals(List.of("error s.yaml:10:3: provider-unknown-api: providers[0]: llama-stack 0.3.5 has no API"
                + " 'inferenc' (fix: did you mean 'inference'?)"), p);
        assertEquals(p, run(new KnownProviderRule(), stack().provider("inferenc", "x", "remote::openai"),
                Policy.LLAMA_STACK), "llama-stack refuses it too");
    }

    @Test
    void unknownType() {
        assertEquals(List.of("error s.yaml:10:9: provider-unknown-type: providers[0].type: unknown provider type"
                + " 'remote::opneai' for API inference in llama-stack 0.3.5 (fix: did you mean 'remote::openai' or 'remote::vertexai'?)"),
                run(new KnownProviderRule(), stack().provider("inference", "x", "remote::opneai"), Policy.LLAMA_STACK));
        assertEquals(List.of("error s.yaml:10:9: provider-unknown-type: providers[0].type: inline::faiss is not an"
                + " inference provider in llama-stack 0.3.5; it serves vector_io (fix: move it under vector_io, or"
                + " pick an inference provider: " + inferenceTypes() + ")"),
                run(new KnownProviderRule(), stack().provider("inference", "x", "inline::faiss"), Policy.LCS));
    }

    static String inferenceTypes() {
        return String.join(", ", BundledCatalogs.get("0.3.5").forApi("inference").stream()
                .map(s -> s.providerType()).distinct().toList());
    }

    @Test
    void deprecatedSqliteVecIsAWarning() {
        List<String> expected = List.of("warning s.yaml:10:9: provider-deprecated: providers[0].type:"
                + " inline::sqlite_vec is deprecated in llama-stack 0.3.5 (fix: use inline::faiss)");
        Stack s = stack().provider("vector_io", "sqlite-vec", "inline::sqlite_vec");
        assertEquals(expected, run(new KnownProviderRule(), s, Policy.LCS));
        assertEquals(expected, run(new KnownProviderRule(), s, Policy.LLAMA_STACK));
    }

    @Test
    void unsupportedProvider() {
        Stack s = stack().provider("inference", "bedrock", "remote::bedrock");
        String message = "provider-unsupported: providers[0].type: remote::bedrock (inference) is not supported by"
                + " Lightspeed Core (LCS providers table (docs/providers.md at 4ceb0519), inference row 'bedrock':"
                + " not supported) (fix: use remote::azure,"
                + " remote::openai, remote::vertexai, remote::vllm, remote::watsonx, or add 'allowUnsupported: [{type:"
                + " remote::bedrock, reason: \"<why this exception is accepted>\"}]')";
        assertEquals(List.of("error s.yaml:10:9: " + message), run(new UnsupportedProviderRule(), s, Policy.LCS));
        assertEquals(List.of("warning s.yaml:10:9: " + message), run(new UnsupportedProviderRule(), s,
                Policy.LLAMA_STACK));
    }

    @Test
    void allowedUnsupportedIsInfoAndAnUnusedAllowIsAWarning() {
        Stack s = stack().provider("inference", "bedrock", "remote::bedrock").allow("remote::bedrock", "a test")
                .allow("inline::llama-guard", "not used");
        assertEquals(List.of("info s.yaml:10:9: provider-allowed-unsupported: providers[0].type: remote::bedrock"
                + " (inference) is not supported by Lightspeed Core; allowed: a test",
                "warning s.yaml:52:5: allow-unused: allowUnsupported: allowUnsupported names inline::llama-guard,"
                + " which no provider of this stack uses (fix: remove the entry)"),
                run(new UnsupportedProviderRule(), s, Policy.LCS));
    }

    @Test
    void bareReferencesInASwitchedOffProviderOfADeclaration() {
        Stack s = stack().provider("inference", "${env.AZURE_API_KEY:+azure}", "remote::azure",
                "api_key: ${env.AZURE_API_KEY}\napi_base: ${env.AZURE_API_BASE:=}\napi_version: ${env.OPENAI_API_KEY}\n")
                .provider("inference", "openai", "remote::openai", "api_key: ${env.OPENAI_API_KEY}\n");
        List<String> p = run(new SwitchedProviderEnvRule(), s, Policy.LCS);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("error s.yaml:1:10: env-switched-provider: providers[0].config.api_key:"
                + " ${env.AZURE_API_KEY} is required although the provider is switched by 'provider_id:"
                + " ${env.AZURE_API_KEY:+azure}'"), p.get(0));
        assertTrue(p.get(0).endsWith("(fix: write '${env.AZURE_API_KEY:=}' (empty when AZURE_API_KEY is unset), or a"
                + " default: '${env.AZURE_API_KEY:=<value>}')"), p.get(0));
    }

    @Test
    void aSwitchedOffAzureProviderTakesTheKeyWithAnEmptyDefault() {
        String rest = "api_base: ${env.AZURE_API_BASE:=}\napi_version: ${env.AZURE_API_VERSION:=}\n";
        Stack ok = stack().provider("inference", "${env.AZURE_API_KEY:+azure}", "remote::azure",
                "api_key: ${env.AZURE_API_KEY:=}\n" + rest);
        assertEquals(List.of(), run(new AzureEntraRule(), ok, Policy.LCS));
        Stack other = stack().provider("inference", "${env.AZURE_API_KEY:+azure}", "remote::azure",
                "api_key: ${env.MY_KEY:=}\n" + rest);
        assertEquals(List.of("error s.yaml:1:10: azure-entra-id: providers[0].config.api_key: the Azure provider's"
                + " api_key must be exactly ${env.AZURE_API_KEY:=}: Lightspeed Core puts the Entra ID token in"
                + " AZURE_API_KEY, and the provider is switched by its id, so the reference must also resolve while"
                + " AZURE_API_KEY is unset (fix: write 'api_key: ${env.AZURE_API_KEY:=}')"),
                run(new AzureEntraRule(), other, Policy.LCS));
    }

    @Test
    void duplicateIdsInOneApi() {
        Stack s = stack().provider("inference", "openai", "remote::openai")
                .provider("inference", "openai", "remote::vllm");
        assertEquals(List.of("error s.yaml:11:3: provider-duplicate-id: providers[1].id: provider id 'openai' is"
                + " used twice for API inference (first at providers[0], line 10) (fix: give one of them another id,"
                + " e.g. 'id: openai-2')"), run(new DuplicateProviderIdRule(), s, Policy.LCS));
        assertEquals(List.of("warning s.yaml:10:3: provider-duplicate-id: providers[0].id: provider id 'openai' is"
                + " used again for API inference (at providers[1], line 11); llama-stack keeps only the last one, so"
                + " this entry is shadowed: its config is never read or started (fix: remove this entry, or give it"
                + " another id, e.g. 'id: openai-2')"),
                run(new DuplicateProviderIdRule(), s, Policy.LLAMA_STACK));
    }

    @Test
    void theSameIdUnderTwoApisIsFine() {
        Stack s = stack().provider("agents", "meta-reference", "inline::meta-reference")
                .provider("eval", "meta-reference", "inline::meta-reference");
        assertEquals(List.of(), run(new DuplicateProviderIdRule(), s, Policy.LCS));
    }

    @Test
    void apiDependency() {
        Stack s = stack().provider("tool_runtime", "rag-runtime", "inline::rag-runtime");
        List<String> p = run(new ApiDependencyRule(), s, Policy.LCS);
        assertEquals(List.of("error s.yaml:10:9: api-dependency: providers[0]: inline::rag-runtime (tool_runtime)"
                + " needs the files API, and no files provider is declared (fix: add a files provider; none is"
                + " supported by Lightspeed Core (its providers table marks every files row not supported), so LCS's own run.yaml uses"
                + " inline::localfs as an exception: add '- {type: inline::localfs, api: files}' to providers and"
                + " 'allowUnsupported: [{type: inline::localfs, reason: \"<why this exception is accepted>\"}]')",
                "error s.yaml:10:9: api-dependency: providers[0]: inline::rag-runtime (tool_runtime) needs the"
                + " inference API, and no inference provider is declared (fix: add an inference provider, e.g."
                + " remote::azure, remote::openai, remote::vertexai, remote::vllm, remote::watsonx)",
                "error s.yaml:10:9: api-dependency: providers[0]: inline::rag-runtime (tool_runtime) needs the"
                + " vector_io API, and no vector_io provider is declared (fix: add a vector_io provider, e.g."
                + " inline::faiss)"), p);
        assertEquals(List.of(), run(new ApiDependencyRule(), s, Policy.LLAMA_STACK),
                "under llama-stack's policy the run.yaml reader checks what instantiate_providers does (an empty"
                        + " router is enough), see StartupChecks");
        s.provider("inference", "openai", "remote::openai").provider("vector_io", "faiss", "inline::faiss")
                .provider("files", "localfs", "inline::localfs");
        assertEquals(List.of(), run(new ApiDependencyRule(), s, Policy.LCS));
    }

    @Test
    void resourceBoundToAMissingProvider() {
        Stack s = stack().provider("inference", "openai", "remote::openai")
                .resource(ResourceKind.MODEL, "gpt", "opneai")
                .resource(ResourceKind.VECTOR_STORE, "docs", "faiss");
        assertEquals(List.of("error s.yaml:30:15: resource-provider-missing: models[0].provider: model 'gpt' is"
                + " bound to provider 'opneai', which is not declared (fix: did you mean 'openai'?)",
                "error s.yaml:31:15: resource-provider-missing: vector_stores[1].provider: vector store 'docs' is"
                + " bound to provider 'faiss', which is not declared (fix: add a vector_io provider with id"
                + " 'faiss')"), run(new ResourceBindingRule(), s, Policy.LLAMA_STACK));
    }

    @Test
    void resourceBoundToAProviderOfAnotherApi() {
        Stack s = stack().provider("inference", "openai", "remote::openai").provider("vector_io", "faiss",
                "inline::faiss").resource(ResourceKind.MODEL, "gpt", "faiss");
        assertEquals(List.of("error s.yaml:30:15: resource-provider-api: models[0].provider: model 'gpt' is bound"
                + " to 'faiss', a vector_io provider; a model needs an inference provider (fix: bind it to"
                + " 'openai')"), run(new ResourceBindingRule(), s, Policy.LCS));
    }

    @Test
    void resourceWithoutProvider() {
        Stack one = stack().provider("inference", "openai", "remote::openai").resource(ResourceKind.MODEL, "gpt",
                null);
        assertEquals(List.of(), run(new ResourceBindingRule(), one, Policy.LCS), "the only provider is picked");
        Stack two = stack().provider("inference", "openai", "remote::openai").provider("inference", "vllm",
                "remote::vllm").resource(ResourceKind.MODEL, "gpt", null);
        assertEquals(List.of("error s.yaml:30:5: resource-provider-ambiguous: models[0]: model 'gpt' names no"
                + " provider, and 2 inference providers could serve it (fix: name one: openai, vllm)"),
                run(new ResourceBindingRule(), two, Policy.LCS));
        Stack none = stack().resource(ResourceKind.SHIELD, "guard", null);
        assertEquals(List.of("error s.yaml:30:5: resource-provider-missing: shields[0]: shield 'guard' needs a"
                + " safety provider, and the stack has none (fix: add a safety provider)"),
                run(new ResourceBindingRule(), none, Policy.LCS));
    }

    @Test
    void datasetsNeedNoProviderId() {
        Stack s = stack().provider("datasetio", "localfs", "inline::localfs").provider("datasetio", "huggingface",
                "remote::huggingface").resource(ResourceKind.DATASET, "ds", null);
        assertEquals(List.of(), run(new ResourceBindingRule(), s, Policy.LCS));
    }

    @Test
    void duplicateResource() {
        Stack s = stack().provider("inference", "openai", "remote::openai")
                .resource(ResourceKind.MODEL, "gpt", "openai").resource(ResourceKind.MODEL, "gpt", "openai");
        assertEquals(List.of("error s.yaml:31:5: resource-duplicate-id: models[1]: model 'gpt' is registered twice"
                + " (first at models[0])"), run(new ResourceBindingRule(), s, Policy.LCS).stream()
                .map(x -> x.replace(" (fix: remove one of them)", "")).toList());
    }

    @Test
    void envReferencesInProviderConfigs() {
        Stack s = stack().provider("inference", "vllm", "remote::vllm", "url: ${VLLM_URL}/v1\n"
                + "api_token: '${env.lower}'\n");
        String a = "s.yaml:1:6: env-reference: providers[0].config.url: '${VLLM_URL}' is not an environment reference,"
                + " which needs the 'env.' prefix; it would be used literally (fix: write"
                + " ${env.VLLM_URL})";
        String b = "s.yaml:2:12: env-reference: providers[0].config.api_token: '${env.lower}': only upper-case"
                + " names (A-Z, 0-9, _) are substituted; this stays literal text (fix: write ${env.LOWER})";
        assertEquals(List.of("error " + a, "error " + b), run(new EnvReferenceRule(), s, Policy.LCS));
        assertEquals(List.of("warning " + a, "warning " + b), run(new EnvReferenceRule(), s, Policy.LLAMA_STACK));
    }

    @Test
    void literalSecrets() {
        Stack s = stack().provider("inference", "openai", "remote::openai", "api_key: sk-123\n");
        String m = "s.yaml:1:10: secret-literal: providers[0].config.api_key: 'api_key' holds a literal secret; it"
                + " would end up in the generated run.yaml (fix: use an environment reference: 'api_key:"
                + " ${env.OPENAI_API_KEY}'";
        assertEquals(List.of("error " + m + " (or set <allowLiteralSecrets>true</allowLiteralSecrets>))"),
                run(new ConfigSchemaRule(), s, Policy.LCS));
        assertEquals(List.of("warning " + m + ")"), run(new ConfigSchemaRule(), s,
                Policy.LCS.withAllowLiteralSecrets(true)));
        assertEquals(List.of("warning " + m + ")"), run(new ConfigSchemaRule(), s, Policy.LLAMA_STACK));
        assertEquals(List.of(), run(new ConfigSchemaRule(), stack().provider("inference", "openai", "remote::openai",
                "api_key: ${env.OPENAI_API_KEY}\n"), Policy.LCS));
    }

    @Test
    void azureEntraId() {
        Stack s = stack().provider("inference", "azure", "remote::azure", "api_key: ${env.AZURE_KEY}\n"
                + "api_base: https://x.openai.azure.com\n");
        String key = "s.yaml:1:10: azure-entra-id: providers[0].config.api_key: the Azure provider's api_key must be"
                + " exactly ${env.AZURE_API_KEY}: Lightspeed Core puts the Entra ID token there (fix: write 'api_key:"
                + " ${env.AZURE_API_KEY}')";
        String version = "s.yaml:10:3: azure-entra-id: providers[0].config.api_version: the Azure provider needs"
                + " 'api_version' (fix: add 'api_version: 2025-01-01-preview')";
        assertEquals(List.of("error " + key, "error " + version), run(new AzureEntraRule(), s, Policy.LCS));
        assertEquals(List.of("warning " + key, "warning " + version), run(new AzureEntraRule(), s,
                Policy.LLAMA_STACK));
        Stack ok = stack().provider("inference", "azure", "remote::azure", "api_key: ${env.AZURE_API_KEY}\n"
                + "api_base: ${env.AZURE_API_BASE}\napi_version: 2025-01-01-preview\n");
        assertEquals(List.of(), run(new AzureEntraRule(), ok, Policy.LCS));
    }
}

package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The synthesis steps of LCS's {@code llama_stack_configuration.py} that are not RAG: vector_io de-duplication,
 * the Azure Entra ID enrichment, the high-level {@code inference.providers}, and the MCP tool_runtime provider. Each
 * mirrors its Python function; the names say which.
 */
final class CoreSteps {

    /** {@code PROVIDER_TYPE_MAP}: the high-level inference type → OGX provider_type. */
    static final Map<String, String> PROVIDER_TYPE_MAP = Map.of("openai", "remote::openai", "ollama",
            "remote::ollama", "vllm", "remote::vllm", "sentence_transformers", "inline::sentence-transformers",
            "azure", "remote::azure", "vertexai", "remote::vertexai", "watsonx", "remote::watsonx", "vllm_rhaiis",
            "remote::vllm", "vllm_rhel_ai", "remote::vllm");
    static final String MCP_ID = "model-context-protocol";
    static final String MCP_TYPE = "remote::model-context-protocol";

    private CoreSteps() {
    }

    /** {@code dedupe_providers_vector_io}: the first entry per stripped provider_id; non-mappings dropped. */
    static void dedupeVectorIo(Tree.Map ls) {
        if (!(ls.get("providers") instanceof Tree.Map providers) || !providers.has("vector_io")
                || !(providers.get("vector_io") instanceof Tree.Seq raw)) {
            return;
        }
        providers.put("vector_io", dedupe(raw), providers.keys.get("vector_io"));
    }

    /** {@code _dedupe_vector_io_list}. */
    static Tree.Seq dedupe(Tree.Seq raw) {
        Set<String> seen = new HashSet<>();
        Tree.Seq out = new Tree.Seq(raw.location);
        for (Object item : raw.items) {
            if (!(item instanceof Tree.Map m)) {
                continue;
            }
            Object pid = m.get("provider_id");
            String key = pid == null || Tree.plain(pid) == null ? null : String.valueOf(Tree.plain(pid)).strip();
            if (key == null || key.isEmpty() || seen.add(key)) {
                out.items.add(item);
            }
        }
        return out;
    }

    /** {@code enrich_azure_entra_id_inference}: every remote::azure inference provider gets model_validation=false. */
    static void azureEntraId(Tree.Map ls, Object azureEntraId) {
        if (azureEntraId == null || Tree.plain(azureEntraId) == null) {
            return;
        }
        Tree.Map providers = Nodes.mapOrEmpty(ls, "providers", "providers");
        Object inference = providers.get("inference");
        if (inference == null) {
            return;
        }
        for (Object p : Nodes.asSeq(inference, "providers.inference").items) {
            Tree.Map provider = Nodes.asMap(p, "providers.inference[]");
            if (!Tree.plainEquals(provider.get("provider_type"), "remote::azure")) {
                continue;
            }
            Tree.Map config = Nodes.childMap(provider, "config", "providers.inference[].config");
            config.put("model_validation", Tree.bool(false, Tree.location(azureEntraId)), Tree.location(azureEntraId));
        }
    }

    /** {@code apply_high_level_inference}. */
    static void highLevelInference(Tree.Map ls, Tree.Seq providers) {
        if (providers.items.isEmpty()) {
            return;
        }
        Tree.Seq inference = Nodes.childSeq(Nodes.childMap(ls, "providers", "providers"), "inference",
                "providers.inference");
        int index = 0;
        for (Object item : providers.items) {
            String path = "inference.providers[" + index++ + "]";
            Tree.Map provider = Nodes.asMap(item, path);
            Location where = provider.location;
            String type = Tree.text(provider.get("type"));
            String lsType = type == null ? null : PROVIDER_TYPE_MAP.get(type);
            if (lsType == null) {
                throw new SynthesisFailure(provider.has("type") ? Tree.location(provider.get("type")) : where,
                        path + ".type", "LCS's synthesis has no provider type for '" + type
                                + "' (PROVIDER_TYPE_MAP) and would fail with a KeyError at start-up");
            }
            Object id = provider.get("id");
            String emittedId = Tree.truthy(id) ? Tree.text(id) : type.replace('_', '-');
            Tree.Map entry = new Tree.Map(where);
            entry.put("provider_id", Tree.truthy(id) ? id : Tree.str(emittedId, where), where);
            entry.put("provider_type", Tree.str(lsType, Tree.location(provider.get("type"))), where);
            Tree.Map config = new Tree.Map(where);
            if (Tree.truthy(provider.get("extra"))) {
                Tree.Map extra = Nodes.asMap(provider.get("extra"), path + ".extra");
                extra.values.forEach((k, v) -> config.put(k, v, extra.keys.get(k)));
            }
            Object keyEnv = provider.get("api_key_env");
            if (Tree.truthy(keyEnv)) {
                String field = lsType.equals("remote::vllm") ? "api_token" : "api_key";
                config.put(field, Tree.str("${env." + Tree.text(keyEnv) + "}", Tree.location(keyEnv)),
                        provider.keys.get("api_key_env"));
            }
            if (Tree.truthy(provider.get("allowed_models"))) {
                config.put("allowed_models", provider.get("allowed_models"), provider.keys.get("allowed_models"));
            }
            if (!config.values.isEmpty()) {
                entry.put("config", config, where);
            }
            replaceOrAppend(inference, entry, emittedId);
        }
    }

    private static void replaceOrAppend(Tree.Seq inference, Tree.Map entry, String emittedId) {
        for (int i = 0; i < inference.items.size(); i++) {
            if (inference.items.get(i) instanceof Tree.Map existing
                    && emittedId.equals(Tree.plain(existing.get("provider_id")))) {
                inference.items.set(i, entry);
                return;
            }
        }
        inference.items.add(entry);
    }


    /** {@code ensure_mcp_tool_runtime}: tool_runtime in apis and the model-context-protocol provider. */
    static void ensureMcp(Tree.Map ls, Location cause) {
        Tree.Seq apis = Nodes.childSeq(ls, "apis", "apis");
        if (apis.items.stream().noneMatch(a -> Tree.plainEquals(a, "tool_runtime"))) {
            apis.items.add(Tree.str("tool_runtime", cause));
        }
        Tree.Seq toolRuntime = Nodes.childSeq(Nodes.childMap(ls, "providers", "providers"), "tool_runtime",
                "providers.tool_runtime");
        for (Object existing : toolRuntime.items) {
            if (existing instanceof Tree.Map m && Tree.plainEquals(m.get("provider_id"), MCP_ID)) {
                return;
            }
        }
        Tree.Map mcp = new Tree.Map(cause);
        mcp.put("provider_id", Tree.str(MCP_ID, cause), cause);
        mcp.put("provider_type", Tree.str(MCP_TYPE, cause), cause);
        mcp.put("config", new Tree.Map(cause), cause);
        toolRuntime.items.add(mcp);
    }
}

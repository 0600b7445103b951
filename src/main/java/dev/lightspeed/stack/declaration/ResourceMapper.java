package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.catalog.Release;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the declaration's resource sections ({@code models}, {@code vectorStores}, …) onto run.yaml entries in the
 * field names of the target release ({@code vector_store_id} in 0.3.x, {@code vector_db_id} in 0.2.x).
 */
final class ResourceMapper {

    private final boolean storageShape;

    ResourceMapper(String release) {
        this.storageShape = Release.isAtLeast(release, "0.3.0");
    }

    List<DeclaredResource> all(YMap root) {
        List<DeclaredResource> out = new ArrayList<>();
        section(root, "models", ResourceKind.MODEL, out);
        section(root, "shields", ResourceKind.SHIELD, out);
        section(root, "vectorStores", ResourceKind.VECTOR_STORE, out);
        section(root, "datasets", ResourceKind.DATASET, out);
        section(root, "scoringFns", ResourceKind.SCORING_FN, out);
        section(root, "benchmarks", ResourceKind.BENCHMARK, out);
        section(root, "toolGroups", ResourceKind.TOOL_GROUP, out);
        return out;
    }

    private void section(YMap root, String key, ResourceKind kind, List<DeclaredResource> out) {
        List<YNode> items = DeclarationReader.items(root, key);
        for (int i = 0; i < items.size(); i++) {
            YMap m = (YMap) items.get(i);
            String id = DeclarationReader.text(m, "id", null);
            String provider = DeclarationReader.text(m, "provider", null);
            Location providerWhere = m.has("provider") ? m.valueLocation("provider") : m.location();
            out.add(new DeclaredResource(kind, id, provider, fields(kind, m), key + "[" + i + "]", m.location(),
                    providerWhere));
        }
    }

    private Map<String, Object> fields(ResourceKind kind, YMap m) {
        Map<String, Object> f = new LinkedHashMap<>();
        switch (kind) {
            case MODEL -> {
                put(f, "model_id", m, "id");
                put(f, "provider_id", m, "provider");
                put(f, "provider_model_id", m, "providerModelId");
                f.put("model_type", DeclarationReader.text(m, "type", "llm"));
                put(f, "metadata", m, "metadata");
            }
            case SHIELD -> {
                put(f, "shield_id", m, "id");
                put(f, "provider_id", m, "provider");
                put(f, "provider_shield_id", m, "providerShieldId");
                put(f, "params", m, "params");
            }
            case VECTOR_STORE -> {
                put(f, storageShape ? "vector_store_id" : "vector_db_id", m, "id");
                put(f, "provider_id", m, "provider");
                put(f, "embedding_model", m, "embeddingModel");
                put(f, "embedding_dimension", m, "embeddingDimension");
                put(f, storageShape ? "provider_vector_store_id" : "provider_vector_db_id", m,
                        "providerVectorStoreId");
            }
            case DATASET -> {
                put(f, "dataset_id", m, "id");
                put(f, "purpose", m, "purpose");
                put(f, "source", m, "source");
                put(f, "metadata", m, "metadata");
                String provider = DeclarationReader.text(m, "provider", null);
                if (provider != null) {
                    // llama-stack binds a dataset through metadata.provider_id (DatasetBinding)
                    Map<String, Object> meta = new LinkedHashMap<>();
                    if (f.get("metadata") instanceof Map<?, ?> declared) {
                        declared.forEach((k, v) -> meta.put(String.valueOf(k), v));
                    }
                    meta.put("provider_id", provider);
                    f.put("metadata", meta);
                }
            }
            case SCORING_FN -> {
                put(f, "scoring_fn_id", m, "id");
                put(f, "provider_id", m, "provider");
                put(f, "provider_scoring_fn_id", m, "providerScoringFnId");
                put(f, "return_type", m, "returnType");
                put(f, "params", m, "params");
                put(f, "metadata", m, "metadata");
            }
            case BENCHMARK -> {
                put(f, "benchmark_id", m, "id");
                put(f, "dataset_id", m, "dataset");
                put(f, "scoring_functions", m, "scoringFunctions");
                put(f, "provider_id", m, "provider");
                put(f, "metadata", m, "metadata");
            }
            case TOOL_GROUP -> {
                put(f, "toolgroup_id", m, "id");
                put(f, "provider_id", m, "provider");
                m.get("mcpEndpoint").ifPresent(e -> f.put("mcp_endpoint", Map.of("uri", e.toPlain())));
                put(f, "args", m, "args");
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return f;
    }

    private static void put(Map<String, Object> f, String runKey, YMap m, String declKey) {
        m.get(declKey).ifPresent(v -> f.put(runKey, v.toPlain()));
    }
}

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
import java.util.Optional;

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
        for (ResourceKind kind : ResourceKind.values()) {
            section(root, ResourceFields.section(kind), kind, out);
        }
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
        for (ResourceFields.Field field : ResourceFields.of(kind, storageShape)) {
            Optional<YNode> v = m.get(field.declKey());
            if (v.isPresent()) {
                f.put(field.runKey(), field.uri() ? Map.of("uri", v.get().toPlain()) : v.get().toPlain());
            } else if (field.runKey().equals("model_type")) {
                f.put("model_type", "llm");
            }
        }
        String provider = DeclarationReader.text(m, "provider", null);
        if (kind == ResourceKind.DATASET && provider != null) {
            // llama-stack binds a dataset through metadata.provider_id (DatasetBinding)
            Map<String, Object> meta = new LinkedHashMap<>();
            if (f.get("metadata") instanceof Map<?, ?> declared) {
                declared.forEach((k, v) -> meta.put(String.valueOf(k), v));
            }
            meta.put("provider_id", provider);
            f.put("metadata", meta);
        }
        return f;
    }
}

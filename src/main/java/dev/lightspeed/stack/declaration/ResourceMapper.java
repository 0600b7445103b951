package dev.lightspeed.stack.declaration;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.FieldLocations;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the declaration's resource sections ({@code models}, {@code vectorStores}, …) onto run.yaml entries in the
 * field names of the target release's run shape ({@code vector_store_id} or {@code vector_db_id}, …).
 */
final class ResourceMapper {

    private final RunShape shape;

    ResourceMapper(RunShape shape) {
        this.shape = shape;
    }

    List<DeclaredResource> all(YMap root) {
        List<DeclaredResource> out = new ArrayList<>();
        for (ResourceShape rs : shape.resources().values()) {
            section(root, ResourceFields.section(rs.kind()), rs, out);
        }
        return out;
    }

    private void section(YMap root, String key, ResourceShape rs, List<DeclaredResource> out) {
        ResourceKind kind = rs.kind();
        Map<String, String> runKeys = new HashMap<>();
        runKeys.put("provider", "provider_id"); // a dataset's too, which run.yaml binds through its metadata
        for (ResourceFields.Field field : ResourceFields.of(rs)) {
            runKeys.put(field.declKey(), field.runKey());
        }
        List<YNode> items = DeclarationReader.items(root, key);
        for (int i = 0; i < items.size(); i++) {
            YMap m = (YMap) items.get(i);
            String id = DeclarationReader.text(m, "id", null);
            String provider = DeclarationReader.text(m, "provider", null);
            out.add(new DeclaredResource(kind, id, provider, fields(rs, m), key + "[" + i + "]", m.location(),
                    FieldLocations.of(m, runKeys)));
        }
    }

    private Map<String, Object> fields(ResourceShape rs, YMap m) {
        ResourceKind kind = rs.kind();
        Map<String, Object> f = new LinkedHashMap<>();
        for (ResourceFields.Field field : ResourceFields.of(rs)) {
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

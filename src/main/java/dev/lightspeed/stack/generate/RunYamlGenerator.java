package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.TelemetryForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclaredResource;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.yaml.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid {@link StackModel} and its declaration → the run.yaml document (ordered plain values) in the exact shape of
 * the target release, with the declaration's {@code override} deep-merged last. Environment references stay verbatim.
 */
final class RunYamlGenerator {

    private RunYamlGenerator() {
    }

    static Map<String, Object> document(StackModel m, Declaration d) {
        RunShape shape = m.catalog().shape();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 2L);
        doc.put(shape.nameKey(), d.distribution());
        doc.put("apis", new ArrayList<>(m.apis()));
        doc.put("providers", providers(m));
        StorageLayout.of(shape.storage().form()).write(d, shape, doc);
        Map<String, Object> lists = shape.resourceSection().isPresent() ? new LinkedHashMap<>() : doc;
        for (ResourceShape rs : shape.resources().values()) {
            if (!rs.deprecated()) { // a deprecated kind cannot be declared (ReleaseFit): its list is not written
                lists.put(rs.key(), resources(d, rs.kind()));
            }
        }
        shape.resourceSection().ifPresent(section -> doc.put(section, lists));
        doc.put("server", server(d));
        if (shape.telemetry() == TelemetryForm.BLOCK) {
            doc.put("telemetry", Map.of("enabled", d.telemetry()));
        }
        if (shape.knowsKey(Declaration.SAFETY)) {
            d.defaultShield().ifPresent(id -> doc.put(Declaration.SAFETY, Map.of("default_shield_id", id)));
        }
        if (shape.knowsKey("vector_stores")) {
            Map<String, Object> vs = vectorStores(m, d);
            if (!vs.isEmpty()) {
                doc.put("vector_stores", vs);
            }
        }
        if (d.override() != null) {
            return DeepMerge.merge(doc, d.override().toPlain());
        }
        return doc;
    }

    private static Map<String, Object> providers(StackModel m) {
        Map<String, Object> byApi = new LinkedHashMap<>();
        for (String api : m.apis()) {
            List<Object> list = new ArrayList<>();
            for (ProviderInstance p : m.providersOf(api)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("provider_id", p.providerId());
                entry.put("provider_type", p.providerType());
                entry.put("config", p.config().toPlain());
                list.add(entry);
            }
            byApi.put(api, list);
        }
        return byApi;
    }

    private static List<Object> resources(Declaration d, ResourceKind kind) {
        List<Object> out = new ArrayList<>();
        for (DeclaredResource r : d.resources()) {
            if (r.kind() == kind) {
                out.add(new LinkedHashMap<>(r.fields()));
            }
        }
        return out;
    }

    private static Map<String, Object> server(Declaration d) {
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("port", 8321L);
        if (d.server() != null) {
            return DeepMerge.merge(server, d.server().toPlain());
        }
        return server;
    }

    /** The top-level {@code vector_stores:} defaults for file search: the declared ones, else the only vector_io provider and embedding model. */
    private static Map<String, Object> vectorStores(StackModel m, Declaration d) {
        Map<String, Object> vs = new LinkedHashMap<>();
        YMap decl = d.vectorStoreDefaults();
        String provider = decl != null && decl.has("provider") ? String.valueOf(decl.get("provider").get().toPlain())
                : m.providersOf("vector_io").size() == 1 ? m.providersOf("vector_io").get(0).providerId() : null;
        if (provider != null) {
            vs.put("default_provider_id", provider);
        }
        List<DeclaredResource> embeddings = d.resources().stream().filter(r -> r.kind() == ResourceKind.MODEL
                && "embedding".equals(r.fields().get("model_type"))).toList();
        String modelId = null;
        String modelProvider = null;
        if (decl != null && decl.has("embeddingModel")) {
            modelId = String.valueOf(decl.get("embeddingModel").get().toPlain());
            String id = modelId;
            modelProvider = decl.has("embeddingProvider")
                    ? String.valueOf(decl.get("embeddingProvider").get().toPlain())
                    : embeddings.stream().filter(r -> id.equals(r.id())).map(DeclaredResource::provider).findFirst()
                    .orElse(null);
        } else if (embeddings.size() == 1) {
            modelId = embeddings.get(0).id();
            modelProvider = embeddings.get(0).provider();
        }
        if (modelId != null && modelProvider != null && !m.providersOf("vector_io").isEmpty()) {
            vs.put("default_embedding_model", StorageLayout.map("provider_id", modelProvider, "model_id", modelId));
        }
        return vs;
    }
}

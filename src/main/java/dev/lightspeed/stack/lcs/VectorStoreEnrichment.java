package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * LCS's {@code enrich_vector_store}: each {@code vector_store.providers} entry becomes (or replaces) a vector_io
 * provider, a faiss entry gets its own storage backend, an entry with an embedding model and dimension registers a
 * {@code vsprov_<id>_embedding} model, and {@code default_provider} sets {@code vector_stores.default_*}.
 */
final class VectorStoreEnrichment {

    private static final Map<String, String> TYPES = Map.of("faiss", "inline::faiss", "pgvector", "remote::pgvector");

    private VectorStoreEnrichment() {
    }

    static void enrich(Tree.Map ls, Object vectorStore) {
        Tree.Map section = vectorStore == null || Tree.plain(vectorStore) == null ? new Tree.Map(ls.location)
                : Nodes.asMap(vectorStore, "vector_store");
        Tree.Seq providers = Nodes.seqOrEmpty(section, "providers", "vector_store.providers");
        if (providers.items.isEmpty()) {
            CoreSteps.dedupeVectorIo(ls);
            return;
        }
        Tree.Map backends = Nodes.childMap(Nodes.childMap(ls, "storage", "storage"), "backends", "storage.backends");
        Tree.Map providersSection = Nodes.childMap(ls, "providers", "providers");
        Tree.Seq vectorIo;
        if (providersSection.get("vector_io") instanceof Tree.Seq s) {
            vectorIo = s;
        } else {
            vectorIo = new Tree.Seq(providersSection.location);
            providersSection.put("vector_io", vectorIo, providersSection.location);
        }
        Nodes.childSeq(Nodes.childMap(ls, "registered_resources", "registered_resources"), "models",
                "registered_resources.models");
        Set<String> ids = new HashSet<>();
        vectorIo.items.forEach(v -> {
            if (v instanceof Tree.Map m && Tree.truthy(m.get("provider_id"))) {
                ids.add(String.valueOf(Tree.plain(m.get("provider_id"))).strip());
            }
        });
        int i = 0;
        for (Object p : providers.items) {
            one(Nodes.asMap(p, "vector_store.providers[" + i + "]"), backends, vectorIo, ids, ls,
                    "vector_store.providers[" + i++ + "]");
        }
        String designated = Tree.text(section.get("default_provider"));
        if (designated != null && !designated.isBlank()) {
            for (Object p : providers.items) {
                Tree.Map entry = (Tree.Map) p;
                if (designated.strip().equals(String.valueOf(Tree.text(entry.get("id"))).strip())) {
                    defaults(ls, entry, section.keys.get("default_provider"));
                    break;
                }
            }
        }
        CoreSteps.dedupeVectorIo(ls);
    }

    private static void one(Tree.Map entry, Tree.Map backends, Tree.Seq vectorIo, Set<String> ids, Tree.Map ls,
            String path) {
        Location where = entry.location;
        String id = String.valueOf(Tree.text(entry.get("id"))).strip();
        String product = Tree.text(entry.get("type"));
        String lsType = TYPES.get(product);
        if (lsType == null) {
            throw new SynthesisFailure(ByokRag.where(entry, "type"), path + ".type", "LCS's synthesis has no"
                    + " vector_io type for '" + product + "' and would fail at start-up");
        }
        Tree.Map cfg = entry.get("config") instanceof Tree.Map m ? m : new Tree.Map(where);
        String backendName = "vsprov_" + id + "_storage";
        Tree.Map fields = new Tree.Map(cfg.location);
        if (product.equals("faiss")) {
            Object dbPath = cfg.get("path");
            if (dbPath == null) {
                throw new SynthesisFailure(cfg.location, path + ".config.path", "LCS's synthesis raises KeyError:"
                        + " a faiss vector_store provider needs config.path");
            }
            fields.put("db_path", dbPath, cfg.keys.get("path"));
            Tree.Map backend = new Tree.Map(where);
            backend.put("type", Tree.str("kv_sqlite", where), where);
            backend.put("db_path", dbPath, cfg.keys.get("path"));
            backends.put(backendName, backend, where);
        } else {
            for (String f : new String[] {"host", "port", "db", "user", "password"}) {
                fields.put(f, cfg.has(f) ? cfg.get(f) : Tree.nul(where), cfg.keys.getOrDefault(f, where));
            }
        }
        Tree.Map provider = new Tree.Map(where);
        provider.put("provider_id", Tree.str(id, where), where);
        provider.put("provider_type", Tree.str(lsType, where), where);
        provider.put("config", ByokRag.vectorIoConfig(lsType, backendName, fields, path + ".type"), where);
        if (ids.add(id)) {
            vectorIo.items.add(provider);
        } else {
            for (int k = 0; k < vectorIo.items.size(); k++) {
                if (vectorIo.items.get(k) instanceof Tree.Map m && Tree.plainEquals(m.get("provider_id"), id)) {
                    vectorIo.items.set(k, provider);
                    break;
                }
            }
        }
        Object model = entry.get("embedding_model");
        Object dimension = entry.get("embedding_dimension");
        if (Tree.truthy(model) && dimension != null && Tree.plain(dimension) != null) {
            upsertModel(ls, id, Tree.text(model), dimension, where);
        }
    }

    private static void upsertModel(Tree.Map ls, String id, String model, Object dimension, Location where) {
        Tree.Seq models = Nodes.childSeq(Nodes.childMap(ls, "registered_resources", "registered_resources"), "models",
                "registered_resources.models");
        String modelId = "vsprov_" + id + "_embedding";
        Tree.Map entry = ByokRag.embeddingModel(modelId, model, dimension, where);
        for (int k = 0; k < models.items.size(); k++) {
            if (models.items.get(k) instanceof Tree.Map m && Tree.plainEquals(m.get("model_id"), modelId)) {
                models.items.set(k, entry);
                return;
            }
        }
        models.items.add(entry);
    }

    private static void defaults(Tree.Map ls, Tree.Map designated, Location where) {
        Tree.Map vectorStores;
        if (ls.get("vector_stores") instanceof Tree.Map m) {
            vectorStores = m;
        } else {
            vectorStores = new Tree.Map(where);
            ls.put("vector_stores", vectorStores, where);
        }
        String id = Tree.text(designated.get("id")).strip();
        vectorStores.put("default_provider_id", Tree.str(id, where), where);
        if (Tree.truthy(designated.get("embedding_model"))) {
            Tree.Map model = new Tree.Map(where);
            model.put("provider_id", Tree.str("sentence-transformers", where), where);
            model.put("model_id", Tree.str("vsprov_" + id + "_embedding", where), where);
            vectorStores.put("default_embedding_model", model, where);
        }
    }
}

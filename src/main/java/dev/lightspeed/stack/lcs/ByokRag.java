package dev.lightspeed.stack.lcs;

import dev.lightspeed.stack.problem.Location;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * LCS's BYOK RAG enrichment ({@code enrich_byok_rag} and its {@code construct_*_section} helpers) over the raw
 * {@code byok_rag} entries: a storage backend, a vector_io provider, a registered vector store and an embedding model
 * per entry. Every node it makes stands at the entry's line.
 */
final class ByokRag {

    static final String DEFAULT_RAG_TYPE = "inline::faiss";
    static final String DEFAULT_EMBEDDING_MODEL = "sentence-transformers/all-mpnet-base-v2";

    /** {@code VECTOR_IO_TEMPLATES}: namespace, backend (null: the entry's own), extra fields with defaults. */
    record Template(String namespace, String backend, Map<String, String> extraFields) {
    }

    static final Map<String, Template> TEMPLATES = templates();

    private ByokRag() {
    }

    private static Map<String, Template> templates() {
        Map<String, String> pg = new LinkedHashMap<>();
        for (String f : new String[] {"host", "port", "db", "user", "password"}) {
            pg.put(f, "${env.POSTGRES_" + (f.equals("db") ? "DATABASE" : f.toUpperCase(java.util.Locale.ROOT)) + "}");
        }
        return Map.of("inline::faiss", new Template("vector_io::faiss", null, Map.of()), "remote::pgvector",
                new Template("vector_io::pgvector", "kv_default", pg));
    }

    static void enrich(Tree.Map ls, Tree.Seq entries) {
        if (entries.items.isEmpty()) {
            CoreSteps.dedupeVectorIo(ls);
            return;
        }
        int i = 0;
        for (Object e : entries.items) {
            Tree.Map brag = Nodes.asMap(e, "byok_rag[" + i + "]");
            require(brag, "rag_id", i);
            i++;
        }
        Tree.Map storage = Nodes.childMap(ls, "storage", "storage");
        storage.put("backends", backends(storage, entries), storage.keys.getOrDefault("backends", storage.location));
        Tree.Map providers = Nodes.childMap(ls, "providers", "providers");
        providers.put("vector_io", vectorIo(providers, entries), providers.keys.getOrDefault("vector_io",
                providers.location));
        Tree.Map registered = Nodes.childMap(ls, "registered_resources", "registered_resources");
        registered.put("vector_stores", vectorStores(registered, entries), registered.keys.getOrDefault(
                "vector_stores", registered.location));
        registered.put("models", models(registered, entries), registered.keys.getOrDefault("models",
                registered.location));
    }

    private static void require(Tree.Map brag, String key, int index) {
        if (!Tree.truthy(brag.get(key))) {
            throw new SynthesisFailure(brag.location, "byok_rag[" + index + "]." + key, "LCS's BYOK RAG enrichment"
                    + " raises ValueError: entry is missing required '" + key + "'");
        }
    }

    static String ragType(Tree.Map brag) {
        return brag.has("rag_type") ? Tree.text(brag.get("rag_type")) : DEFAULT_RAG_TYPE;
    }

    private static Tree.Map backends(Tree.Map storage, Tree.Seq entries) {
        Tree.Map out = new Tree.Map(storage.location);
        if (storage.has("backends")) {
            Tree.Map existing = Nodes.asMap(storage.get("backends"), "storage.backends");
            existing.values.forEach((k, v) -> out.put(k, v, existing.keys.get(k)));
        }
        for (Object e : entries.items) {
            Tree.Map brag = (Tree.Map) e;
            Template t = TEMPLATES.get(ragType(brag));
            if (t != null && t.backend() != null) {
                continue;
            }
            String ragId = Tree.text(brag.get("rag_id"));
            Tree.Map backend = new Tree.Map(brag.location);
            backend.put("type", Tree.str("kv_sqlite", brag.location), brag.location);
            backend.put("db_path", brag.has("db_path") ? brag.get("db_path")
                    : Tree.str(".llama/" + ragId + ".db", brag.location), brag.location);
            out.put("byok_" + ragId + "_storage", backend, brag.location);
        }
        return out;
    }

    private static Tree.Seq vectorIo(Tree.Map providers, Tree.Seq entries) {
        Tree.Seq out = new Tree.Seq(providers.location);
        if (providers.get("vector_io") instanceof Tree.Seq raw) {
            out = CoreSteps.dedupe(raw);
        }
        Set<String> ids = new HashSet<>();
        for (Object p : out.items) {
            Object pid = ((Tree.Map) p).get("provider_id");
            if (Tree.plain(pid) != null && !String.valueOf(Tree.plain(pid)).isBlank()) {
                ids.add(String.valueOf(Tree.plain(pid)).strip());
            }
        }
        int i = 0;
        for (Object e : entries.items) {
            Tree.Map brag = (Tree.Map) e;
            String ragId = Tree.text(brag.get("rag_id")).strip();
            String providerId = "byok_" + ragId;
            if (ids.add(providerId)) {
                String type = ragType(brag);
                Tree.Map entry = new Tree.Map(brag.location);
                entry.put("provider_id", Tree.str(providerId, brag.location), brag.location);
                entry.put("provider_type", Tree.str(type, where(brag, "rag_type")), brag.location);
                entry.put("config", vectorIoConfig(type, "byok_" + ragId + "_storage", brag, "byok_rag[" + i
                        + "].rag_type"), brag.location);
                out.items.add(entry);
            }
            i++;
        }
        return out;
    }

    /** {@code _build_vector_io_config}. */
    static Tree.Map vectorIoConfig(String type, String backendName, Tree.Map fields, String path) {
        Template t = TEMPLATES.get(type);
        Location where = fields.location;
        if (t == null) {
            throw new SynthesisFailure(where(fields, "rag_type"), path, "LCS's synthesis raises ValueError:"
                    + " Unsupported rag_type '" + type + "'. Supported types: ['inline::faiss', 'remote::pgvector']");
        }
        Tree.Map persistence = new Tree.Map(where);
        persistence.put("namespace", Tree.str(t.namespace(), where), where);
        persistence.put("backend", Tree.str(t.backend() == null ? backendName : t.backend(), where), where);
        Tree.Map config = new Tree.Map(where);
        config.put("persistence", persistence, where);
        t.extraFields().forEach((field, dflt) -> {
            Object v = fields.get(field);
            boolean blank = v == null || Tree.plain(v) == null
                    || (Tree.plain(v) instanceof String s && s.isBlank());
            config.put(field, blank ? Tree.str(dflt, where) : v, blank ? where : fields.keys.get(field));
        });
        return config;
    }

    static Location where(Tree.Map m, String key) {
        return m.has(key) ? Tree.location(m.get(key)) : m.location;
    }

    private static Tree.Seq vectorStores(Tree.Map registered, Tree.Seq entries) {
        Tree.Seq out = copyOf(registered, "vector_stores");
        Set<Object> existing = new HashSet<>();
        out.items.forEach(vs -> existing.add(vs instanceof Tree.Map m && m.has("vector_store_id")
                ? Tree.plain(m.get("vector_store_id")) : ""));
        int i = 0;
        for (Object e : entries.items) {
            Tree.Map brag = (Tree.Map) e;
            require(brag, "vector_db_id", i++);
            Object dbId = brag.get("vector_db_id");
            if (!existing.add(Tree.plain(dbId))) {
                continue;
            }
            String ragId = Tree.text(brag.get("rag_id"));
            Tree.Map vs = new Tree.Map(brag.location);
            vs.put("vector_store_id", dbId, brag.keys.get("vector_db_id"));
            vs.put("provider_id", Tree.str("byok_" + ragId, brag.location), brag.location);
            vs.put("embedding_model", Tree.str("sentence-transformers/byok_" + ragId + "_embedding", brag.location),
                    brag.location);
            vs.put("embedding_dimension", dimension(brag), brag.location);
            out.items.add(vs);
        }
        return out;
    }

    static Object dimension(Tree.Map brag) {
        return brag.has("embedding_dimension") ? brag.get("embedding_dimension") : Tree.nul(brag.location);
    }

    static Tree.Seq copyOf(Tree.Map parent, String key) {
        Tree.Seq out = new Tree.Seq(parent.location);
        if (parent.has(key)) {
            out.items.addAll(Nodes.asSeq(parent.get(key), "registered_resources." + key).items);
        }
        return out;
    }

    private static Tree.Seq models(Tree.Map registered, Tree.Seq entries) {
        Tree.Seq out = copyOf(registered, "models");
        for (Object e : entries.items) {
            Tree.Map brag = (Tree.Map) e;
            Object model = brag.has("embedding_model") ? brag.get("embedding_model")
                    : Tree.str(DEFAULT_EMBEDDING_MODEL, brag.location);
            if (!Tree.truthy(model)) {
                continue;
            }
            String modelId = "byok_" + Tree.text(brag.get("rag_id")) + "_embedding";
            if (out.items.stream().anyMatch(m -> m instanceof Tree.Map mm
                    && Tree.plainEquals(mm.get("model_id"), modelId))) {
                continue;
            }
            out.items.add(embeddingModel(modelId, Tree.text(model), dimension(brag), brag.location));
        }
        return out;
    }

    /** A registered embedding model served by sentence-transformers, as LCS writes one. */
    static Tree.Map embeddingModel(String modelId, String loadPath, Object dimension, Location where) {
        String providerModelId = loadPath.startsWith("sentence-transformers/")
                ? loadPath.substring("sentence-transformers/".length()) : loadPath;
        Tree.Map m = new Tree.Map(where);
        m.put("model_id", Tree.str(modelId, where), where);
        m.put("model_type", Tree.str("embedding", where), where);
        m.put("provider_id", Tree.str("sentence-transformers", where), where);
        m.put("provider_model_id", Tree.str(providerModelId, where), where);
        Tree.Map metadata = new Tree.Map(where);
        metadata.put("embedding_dimension", dimension, where);
        m.put("metadata", metadata, where);
        return m;
    }
}

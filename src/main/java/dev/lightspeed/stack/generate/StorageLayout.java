package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.DefaultConfigs;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.StorageSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The storage part of a run.yaml, one strategy per {@link StoreForm} of the release's run shape. Backends:
 * {@code storage:} with the {@code kv_default} / {@code sql_default} backends that the catalog's default configs refer
 * to (sqlite files under the distribution's own directory, or postgres when asked) and the server's stores; written
 * out even where the release would default them, because its defaults share one directory between all distributions.
 * Per-store blocks: {@code metadata_store} and {@code inference_store} sqlite files.
 */
interface StorageLayout {

    String KV = "kv_default";
    String SQL = "sql_default";

    // plain classes, not lambdas: no class to spin on a build's first call
    StorageLayout BACKENDS = new StorageLayout() {
        @Override
        public void write(Declaration d, RunShape shape, Map<String, Object> doc) {
            doc.put("storage", storage(d, shape));
        }
    };
    StorageLayout PER_STORE_BLOCKS = new StorageLayout() {
        @Override
        public void write(Declaration d, RunShape shape, Map<String, Object> doc) {
            doc.put("metadata_store", map("type", "sqlite", "db_path", sqliteDir(d, shape) + "/registry.db"));
            doc.put("inference_store", map("type", "sqlite", "db_path", sqliteDir(d, shape)
                    + "/inference_store.db"));
        }
    };

    /** Adds the storage keys to the document, in document order. */
    void write(Declaration d, RunShape shape, Map<String, Object> doc);

    static StorageLayout of(StoreForm form) {
        return switch (form) {
            case BACKENDS -> BACKENDS;
            case PER_STORE_BLOCKS -> PER_STORE_BLOCKS;
        };
    }

    static String sqliteDir(Declaration d, RunShape shape) {
        return d.storage().sqliteDir() != null ? d.storage().sqliteDir()
                : DefaultConfigs.sqliteDirRef(shape, d.distribution());
    }

    private static Map<String, Object> storage(Declaration d, RunShape shape) {
        Map<String, Object> backends = new LinkedHashMap<>();
        StorageSpec s = d.storage();
        if (s.postgresBackend()) {
            backends.put(KV, postgres("kv_postgres", s));
            backends.put(SQL, postgres("sql_postgres", s));
        } else {
            backends.put(KV, map("type", "kv_sqlite", "db_path", sqliteDir(d, shape) + "/kvstore.db"));
            backends.put(SQL, map("type", "sql_sqlite", "db_path", sqliteDir(d, shape) + "/sql_store.db"));
        }
        Map<String, Object> stores = new LinkedHashMap<>();
        stores.put("metadata", map("namespace", "registry", "backend", KV));
        Map<String, Object> inference = map("table_name", "inference_store", "backend", SQL);
        inference.put("max_write_queue_size", 10000L);
        inference.put("num_writers", 4L);
        stores.put("inference", inference);
        stores.put("conversations", map("table_name", "openai_conversations", "backend", SQL));
        Map<String, Object> storage = new LinkedHashMap<>();
        storage.put("backends", backends);
        storage.put("stores", stores);
        return storage;
    }

    private static Map<String, Object> postgres(String type, StorageSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("host", s.postgres().getOrDefault("host", "${env.POSTGRES_HOST:=localhost}"));
        m.put("port", s.postgres().getOrDefault("port", "${env.POSTGRES_PORT:=5432}"));
        m.put("db", s.postgres().getOrDefault("db", "${env.POSTGRES_DB:=llamastack}"));
        m.put("user", s.postgres().getOrDefault("user", "${env.POSTGRES_USER:=llamastack}"));
        m.put("password", s.postgres().getOrDefault("password", "${env.POSTGRES_PASSWORD:=llamastack}"));
        return m;
    }

    static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}

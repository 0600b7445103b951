package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.DefaultConfigs;
import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.yaml.YMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The storage of a run.yaml → the declaration's {@code storage:} where it maps: sqlite files in one directory
 * (0.3.x {@code kv_default}/{@code sql_default} at {@code DIR/kvstore.db} and {@code DIR/sql_store.db}; 0.2.x
 * {@code metadata_store}/{@code inference_store} at {@code DIR/registry.db} and {@code DIR/inference_store.db})
 * become {@code sqliteDir: DIR}; postgres backends become {@code backend: postgres} with their connection settings.
 * Whatever else the source's storage says is left for the {@code override:} computed against generate's output
 * (same release), or listed (another release: the stores are new files, existing data is not moved).
 */
final class StorageImporter {

    private static final List<String> PG_FIELDS = List.of("host", "port", "db", "user", "password");
    private static final Map<String, String> PG_DEFAULTS = Map.of("host", "${env.POSTGRES_HOST:=localhost}",
            "port", "${env.POSTGRES_PORT:=5432}", "db", "${env.POSTGRES_DB:=llamastack}",
            "user", "${env.POSTGRES_USER:=llamastack}", "password", "${env.POSTGRES_PASSWORD:=llamastack}");

    private final RunSource source;
    private final String distribution;
    private final ImportNotes notes;

    StorageImporter(RunSource source, String distribution, ImportNotes notes) {
        this.source = source;
        this.distribution = distribution;
        this.notes = notes;
    }

    /** The declaration's {@code storage:} (empty when the defaults do), for a target of the given shape. */
    @SuppressWarnings("unchecked")
    Map<String, Object> run(StoreForm targetForm) {
        Map<String, Object> root = (Map<String, Object>) source.root().toPlain();
        Map<String, Object> out;
        StoreForm sourceForm = source.catalog().shape().storage().form();
        if (sourceForm == StoreForm.BACKENDS) {
            Map<String, Object> backends = map(map(root.get("storage")).get("backends"));
            out = fromPair(map(backends.get("kv_default")), map(backends.get("sql_default")), "kv_sqlite",
                    "sql_sqlite", "/kvstore.db", "/sql_store.db");
        } else {
            out = fromPair(map(root.get("metadata_store")), map(root.get("inference_store")), "sqlite", "sqlite",
                    "/registry.db", "/inference_store.db");
        }
        if (targetForm != sourceForm) {
            migrationNotes(root, out, sourceForm, targetForm);
        }
        return out;
    }

    /** The declared sqlite directory, or null. */
    static String sqliteDir(Map<String, Object> storage) {
        return storage.get("sqliteDir") instanceof String s ? s : null;
    }

    private Map<String, Object> fromPair(Map<String, Object> kv, Map<String, Object> sql, String kvType,
            String sqlType, String kvFile, String sqlFile) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (String.valueOf(kv.get("type")).endsWith("postgres") && String.valueOf(sql.get("type"))
                .endsWith("postgres")) {
            out.put("backend", "postgres");
            Map<String, Object> pg = new LinkedHashMap<>();
            for (String f : PG_FIELDS) {
                if (kv.containsKey(f) && !PG_DEFAULTS.get(f).equals(kv.get(f))) {
                    pg.put(f, kv.get(f));
                }
            }
            if (!pg.isEmpty()) {
                out.put("postgres", pg);
            }
            return out;
        }
        if (kvType.equals(kv.get("type")) && sqlType.equals(sql.get("type"))
                && kv.get("db_path") instanceof String k && sql.get("db_path") instanceof String s
                && k.endsWith(kvFile) && s.endsWith(sqlFile)) {
            String dir = k.substring(0, k.length() - kvFile.length());
            String dflt = DefaultConfigs.sqliteDirRef(source.catalog().shape(), distribution);
            if (dir.equals(s.substring(0, s.length() - sqlFile.length())) && !dir.equals(dflt)) {
                out.put("sqliteDir", dir);
            }
        }
        return out;
    }

    private void migrationNotes(Map<String, Object> root, Map<String, Object> decl, StoreForm sourceForm,
            StoreForm targetForm) {
        String target = targetForm == StoreForm.BACKENDS ? "storage.backends kv_default/sql_default"
                : "metadata_store/inference_store";
        List<String> keys = sourceForm == StoreForm.BACKENDS ? List.of("storage") : List.of("metadata_store",
                "inference_store", "conversations_store");
        for (String k : keys) {
            if (root.get(k) != null) {
                YMap r = source.root();
                notes.migrated(r.keyLocation(k), k, describe(root.get(k)) + " becomes " + target
                        + (decl.containsKey("sqliteDir") ? " under " + decl.get("sqliteDir")
                        : decl.containsKey("backend") ? " (" + decl.get("backend") + ")" : " in the default directory")
                        + "; existing data is not moved");
            }
        }
    }

    private static String describe(Object store) {
        Map<String, Object> m = map(store);
        if (m.containsKey("backends")) {
            return "the storage backends " + map(m.get("backends")).keySet();
        }
        return "a " + m.get("type") + " store" + (m.get("db_path") != null ? " at " + m.get("db_path") : "");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}

package dev.lightspeed.stack.declaration;

import java.util.Map;

/**
 * The declaration's {@code storage:} section.
 *
 * @param backend   {@code sqlite} (default) or {@code postgres}
 * @param sqliteDir directory of the sqlite files, or null for the distribution's default
 * @param postgres  connection settings for postgres (host, port, db, user, password), may be empty
 */
public record StorageSpec(String backend, String sqliteDir, Map<String, Object> postgres) {

    public static final StorageSpec DEFAULT = new StorageSpec("sqlite", null, Map.of());

    public boolean postgresBackend() {
        return "postgres".equals(backend);
    }
}

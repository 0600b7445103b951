package dev.lightspeed.stack.importer;

import dev.lightspeed.stack.catalog.DefaultConfigs;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.problem.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's catalog default config as {@code generate} writes it for a declaration: llama-stack's
 * {@code ~/.llama/distributions/starter} replaced by the distribution's own directory, and the whole
 * {@code ${env.SQLITE_STORE_DIR:=…starter}} reference replaced by {@code storage.sqliteDir} when one is declared.
 */
final class CatalogDefaults {

    private CatalogDefaults() {
    }

    /** @param sqliteDir the declaration's {@code storage.sqliteDir}, or null */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(ProviderSpec spec, RunShape shape, String distribution, String sqliteDir) {
        Object plain = DefaultConfigs.of(spec, shape, distribution, sqliteDir, Location.NONE).toPlain();
        return plain instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    /** The top-level field names the provider's config schema declares, or empty when it declares none. */
    static List<String> fields(ProviderSpec spec) {
        if (spec.configSchema() == null || !spec.configSchema().has("properties")) {
            return List.of();
        }
        return iterable(spec.configSchema().get("properties").fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

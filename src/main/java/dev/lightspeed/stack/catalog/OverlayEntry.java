package dev.lightspeed.stack.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lightspeed.stack.problem.Location;
import java.util.List;

/**
 * One {@code providers:} item of a user catalog, as written. Every field but {@code providerType} and
 * {@code where} may be null, meaning "not given": an entry for a provider the catalog already has changes only
 * what it gives.
 *
 * @param index        position in the file's {@code providers:} list, for messages ({@code providers[2]})
 * @param where        location of the item in its file
 * @param requirements parsed from {@code pipPackages}; null exactly when {@code pipPackages} is null
 * @param deprecated   sets the deprecation warning flag
 */
record OverlayEntry(
        int index,
        Location where,
        String api,
        Location apiWhere,
        String providerType,
        Boolean supported,
        String note,
        List<String> pipPackages,
        List<CatalogRequirement> requirements,
        List<String> apiDependencies,
        List<String> optionalApiDependencies,
        Boolean deprecated,
        JsonNode configSchema,
        JsonNode defaultConfig) {

    String path() {
        return "providers[" + index + "]";
    }
}

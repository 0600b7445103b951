package dev.lightspeed.stack.catalog;

import dev.lightspeed.stack.model.ResourceKind;

/**
 * One resource kind as a release's run.yaml registers it (from the release's {@code core/stack.py}).
 *
 * @param key                    the list's key ({@code models}, {@code vector_dbs}, {@code vector_stores}, …)
 * @param idField                the id field of an entry ({@code model_id}, {@code vector_db_id}, …)
 * @param routingTable           the routing-table API that registers it ({@code models}, {@code vector_stores}, …)
 * @param registeredAtStartup    false where the release accepts the list and registers nothing from it
 * @param droppedWhenIdEmpty     an entry whose id resolves empty is dropped (0.4.3 and later)
 * @param providerIdAll          {@code provider_id: all} is accepted (OGX models)
 * @param deprecated             accepted with a deprecation warning and emptied
 */
public record ResourceShape(ResourceKind kind, String key, String idField, String routingTable,
        boolean registeredAtStartup, boolean droppedWhenIdEmpty, boolean providerIdAll, boolean deprecated) {

    /** The field naming the provider's own id of the resource: {@code provider_vector_store_id}, … */
    public String providerIdField() {
        return "provider_" + idField;
    }
}

package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import dev.lightspeed.stack.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding model of each registered vector store, in the releases that register
 * {@code registered_resources.vector_stores} at start-up ({@link ResourceShape#registeredAtStartup()}, 0.4.3 and
 * later): {@code register_resources} registers the models first, then each vector store, whose
 * {@code embedding_model} is looked up among the registered models by identifier and must be an embedding model
 * ({@code routing_tables/vector_stores.py register_vector_store} → {@code common.py lookup_model}; OGX 1.0.2
 * {@code src/ogx/core/routing_tables/vector_stores.py} lines 86-90, {@code common.py} lines 250-266). The identifier is
 * formed as {@link RunShape.ModelIdentifier} says for the release (OGX 1.0.2: {@code <provider_id>/<model_id>}, so
 * LCS's BYOK stores name {@code sentence-transformers/byok_<rag_id>_embedding}); only 0.2.22 falls back to a unique
 * {@code provider_model_id}. The models a provider lists by itself are added only after the resources are registered, so they
 * do not count. A store whose model is not found stops the stack ({@code ModelNotFoundError}): rule
 * {@code vector-store-model}, an error under both policies.
 */
final class VectorStoreModelRule implements StartupRule {

    /** A model {@code register_resources} registers: its identifier, provider model id and type. */
    private record Registered(String identifier, String providerModelId, String type) {
    }

    @Override
    public void check(YMap resolved, Catalog catalog, StartupChecks.Served served, Problems out) {
        RunShape shape = catalog.shape();
        ResourceShape stores = shape.resource(ResourceKind.VECTOR_STORE).orElse(null);
        ResourceShape models = shape.resource(ResourceKind.MODEL).orElse(null);
        YMap section = ResourceList.section(resolved, shape);
        if (stores == null || models == null || section == null || !stores.registeredAtStartup()
                || !served.has(stores.routingTable())
                || !(section.get(stores.key()).orElse(null) instanceof YSeq list)) {
            return;
        }
        List<Registered> registered = registered(section, models, shape, served);
        String prefix = shape.resourcePrefix();
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof YMap entry)
                    || !(entry.get("embedding_model").orElse(null) instanceof YScalar m) || !m.isString()
                    || EnvSubstitution.isDisabledId(entry.get("provider_id").orElse(null))) {
                continue;
            }
            String path = prefix + stores.key() + "[" + i + "].embedding_model";
            String name = m.text();
            List<Registered> found = registered.stream().filter(r -> r.identifier().equals(name)).toList();
            if (found.isEmpty() && shape.modelIdentifier().lookupFallsBackToProviderModelId()) {
                found = registered.stream().filter(r -> r.providerModelId().equals(name)).toList();
            }
            List<String> ids = registered.stream().filter(r -> "embedding".equals(r.type()))
                    .map(Registered::identifier).toList();
            String fix = ids.isEmpty() ? "register the embedding model under " + prefix + models.key()
                    + " (its identifier is " + shape.modelIdentifier().form() + ")"
                    : "use " + String.join(" or ", ids) + ", or register '" + name + "' under " + prefix + models.key();
            if (found.isEmpty()) {
                out.error(RuleId.VECTOR_STORE_MODEL, m.location(), path,
                        "vector store embedding model '" + name + "' is"
                        + " not a registered model (registered: " + (registered.isEmpty() ? "none" : String.join(", ",
                        registered.stream().map(Registered::identifier).toList())) + "; models a provider lists by"
                        + " itself come only after the resources); " + catalog.displayName() + " refuses to start"
                        + " (ModelNotFoundError)", fix);
            } else if (found.size() > 1) {
                out.error(RuleId.VECTOR_STORE_MODEL, m.location(), path, "vector store embedding model '" + name
                        + "' matches several registered models; " + catalog.displayName() + " refuses to start"
                        + " (\"Multiple providers found\")", "name it by its identifier <provider_id>/<model>");
            } else if (!"embedding".equals(found.get(0).type())) {
                out.error(RuleId.VECTOR_STORE_MODEL, m.location(), path, "vector store embedding model '" + name
                        + "' is registered with model_type " + found.get(0).type() + ", not embedding; " + catalog.displayName() + " refuses to start"
                        + " (ModelTypeError)", fix);
            }
        }
    }

    private static List<Registered> registered(YMap section, ResourceShape models, RunShape shape,
            StartupChecks.Served served) {
        List<Registered> out = new ArrayList<>();
        if (!served.has(models.routingTable()) || !(section.get(models.key()).orElse(null) instanceof YSeq list)) {
            return out;
        }
        for (var item : list.items()) {
            String pid = item instanceof YMap e ? e.text("provider_id") : null;
            if (!(item instanceof YMap entry) || pid == null || pid.isEmpty() || pid.equals(EnvSubstitution.DISABLED)
                    || entry.text(models.idField()) == null) {
                continue;
            }
            String id = StartupChecks.identifier(models, entry, shape, pid);
            out.add(new Registered(id, StartupChecks.providerModelId(entry, entry.text(models.idField())),
                    entry.text("model_type") == null ? "llm" : entry.text("model_type")));
        }
        return out;
    }
}

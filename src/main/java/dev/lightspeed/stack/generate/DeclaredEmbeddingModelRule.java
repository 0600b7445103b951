package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.ResourceShape;
import dev.lightspeed.stack.catalog.RunShape;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.runyaml.EnvSubstitution;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code vector-store-model} on a declaration, at the vector store's {@code embeddingModel}: in the releases that register vector stores
 * at start-up, a store's {@code embeddingModel} is written as its run.yaml {@code embedding_model}, which the release
 * looks up among the registered models by identifier ({@code routing_tables/vector_stores.py register_vector_store} →
 * {@code common.py lookup_model}; OGX 1.0.2 {@code src/ogx/core/routing_tables/vector_stores.py:86-90}), an identifier
 * formed as {@link RunShape.ModelIdentifier} says (OGX 1.0.2 {@code <provider>/<id>}; 0.4.3 to 0.6.0
 * {@code <provider>/<providerModelId>}). A store naming a declared model by its bare id, valid in 0.2.22 only through
 * {@code lookup_model}'s fallback, stops the newer releases ({@code ModelNotFoundError}); the fix names the identifier.
 * Declarations whose model ids or providers are environment references are left to the run.yaml check.
 */
final class DeclaredEmbeddingModelRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StackModel m = ctx.model();
        Problems out = ctx.out();
        RunShape shape = m.catalog().shape();
        ResourceShape stores = shape.resource(ResourceKind.VECTOR_STORE).orElse(null);
        ResourceShape models = shape.resource(ResourceKind.MODEL).orElse(null);
        if (stores == null || models == null || !stores.registeredAtStartup()) {
            return;
        }
        Map<String, ResourceRef> byIdentifier = new LinkedHashMap<>();
        for (ResourceRef r : m.resources()) {
            if (r.kind() != ResourceKind.MODEL || r.providerId() == null || EnvSubstitution.DISABLED.equals(r.providerId())) {
                continue;
            }
            String identifier = models.providerIdAll() && "all".equals(r.providerId()) ? r.id()
                    : shape.modelIdentifier().identifier(r.providerId(), r.id(), text(r, "provider_model_id"));
            if (identifier.contains("${")) {
                return;
            }
            byIdentifier.putIfAbsent(identifier, r);
        }
        for (ResourceRef r : m.resources()) {
            if (r.kind() != ResourceKind.VECTOR_STORE || !(r.fields().get("embedding_model") instanceof String name)
                    || name.contains("${")) {
                continue;
            }
            ResourceRef found = byIdentifier.get(name);
            if (found == null && shape.modelIdentifier().lookupFallsBackToProviderModelId()) {
                List<ResourceRef> same = byIdentifier.values().stream()
                        .filter(x -> name.equals(providerModelId(x))).toList();
                found = same.size() == 1 ? same.get(0) : null;
            }
            String path = r.path() + ".embeddingModel";
            if (found == null) {
                String meant = byIdentifier.entrySet().stream().filter(e -> names(e.getValue()).contains(name))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                out.error(RuleId.VECTOR_STORE_MODEL, r.where("embedding_model"), path,
                        "vector store '" + r.id() + "' names embedding model '"
                        + name + "', but " + m.catalog().displayName() + " finds a vector store's model by the registered"
                        + " model's identifier (" + shape.modelIdentifier().form() + "; declared: "
                        + (byIdentifier.isEmpty() ? "none" : String.join(", ", byIdentifier.keySet()))
                        + ") and refuses to start (ModelNotFoundError)", meant != null
                        ? "write 'embeddingModel: " + meant + "'"
                        : "declare the model under models: with 'type: embedding', and name it by its identifier");
            } else if (!"embedding".equals(Objects.requireNonNullElse(text(found, "model_type"), "llm"))) {
                out.error(RuleId.VECTOR_STORE_MODEL, r.where("embedding_model"), path,
                        "vector store '" + r.id() + "' names model '" + name
                        + "', which is not an embedding model; " + m.catalog().displayName()
                        + " refuses to start (ModelTypeError)", "declare '" + found.id() + "' with 'type: embedding',"
                        + " or name an embedding model");
            }
        }
    }

    /** Every name a model goes by in some release: its id, its provider model id, each release's identifier. */
    private static List<String> names(ResourceRef model) {
        List<String> out = new ArrayList<>(List.of(model.id(), providerModelId(model)));
        for (RunShape.ModelIdentifier form : RunShape.ModelIdentifier.values()) {
            out.add(form.identifier(model.providerId(), model.id(), text(model, "provider_model_id")));
        }
        return out;
    }

    private static String providerModelId(ResourceRef model) {
        String pm = text(model, "provider_model_id");
        return pm == null || pm.isEmpty() ? model.id() : pm;
    }

    private static String text(ResourceRef r, String field) {
        Object v = r.fields().get(field);
        return v == null ? null : v.toString();
    }
}

package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.ResourceRef;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.List;

/**
 * {@code resource-reference}, a declaration-only rule: a benchmark naming an undeclared dataset, and
 * {@code vectorStoreDefaults} naming an undeclared vector_io provider, embedding model or inference provider (the
 * declaration's own keys, which generate turns into run.yaml references).
 */
final class ResourceReferenceRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StackModel m = ctx.model();
        Problems out = ctx.out();
        List<String> datasets = ids(m, ResourceKind.DATASET);
        for (ResourceRef r : m.resources()) {
            if (r.kind() == ResourceKind.BENCHMARK) {
                Object ds = r.fields().get("dataset_id");
                if (ds != null && !datasets.contains(ds.toString())) {
                    out.error(RuleId.RESOURCE_REFERENCE, r.where(), r.path() + ".dataset", "benchmark '" + r.id()
                            + "' names dataset '" + ds + "', which is not declared", datasets.isEmpty()
                            ? "declare it under datasets:" : "use " + Similar.quotedList(datasets, "or"));
                }
            }
        }
        YMap vsd = m.document() instanceof YMap root && root.get("vectorStoreDefaults").orElse(null) instanceof YMap v
                ? v : null;
        if (vsd != null) {
            vsd.get("provider").ifPresent(p -> {
                List<String> ids = m.providersOf("vector_io").stream().map(ProviderInstance::providerId).toList();
                String id = ((YScalar) p).text();
                if (!ids.contains(id)) {
                    out.error(RuleId.RESOURCE_REFERENCE, p.location(), "vectorStoreDefaults.provider", "'" + id
                            + "' is not a declared vector_io provider", ids.isEmpty() ? "declare a vector_io provider"
                            : "use " + Similar.quotedList(ids, "or"));
                }
            });
            vsd.get("embeddingModel").ifPresent(e -> {
                List<String> ids = m.resources().stream().filter(r -> r.kind() == ResourceKind.MODEL
                        && "embedding".equals(r.fields().get("model_type"))).map(ResourceRef::id).toList();
                String id = ((YScalar) e).text();
                if (!ids.contains(id) && !vsd.has("embeddingProvider")) {
                    out.error(RuleId.RESOURCE_REFERENCE, e.location(), "vectorStoreDefaults.embeddingModel", "'" + id
                            + "' is not a declared embedding model, and no embeddingProvider says who serves it",
                            ids.isEmpty() ? "declare it under models: with 'type: embedding', or add"
                            + " 'embeddingProvider: <inference provider id>'" : "use " + Similar.quotedList(ids, "or")
                            + ", or add 'embeddingProvider: <inference provider id>'");
                }
            });
            vsd.get("embeddingProvider").ifPresent(p -> {
                List<String> ids = m.providersOf("inference").stream().map(ProviderInstance::providerId).toList();
                String id = ((YScalar) p).text();
                if (!ids.contains(id)) {
                    out.error(RuleId.RESOURCE_REFERENCE, p.location(), "vectorStoreDefaults.embeddingProvider", "'" + id
                            + "' is not a declared inference provider", ids.isEmpty()
                            ? "declare an inference provider" : "use " + Similar.quotedList(ids, "or"));
                }
            });
        }
    }

    private static List<String> ids(StackModel m, ResourceKind kind) {
        return m.resources().stream().filter(r -> r.kind() == kind).map(ResourceRef::id).toList();
    }
}

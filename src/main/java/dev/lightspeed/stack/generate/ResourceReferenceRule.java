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
import java.util.ArrayList;
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
                    out.error(RuleId.RESOURCE_REFERENCE, r.where("dataset_id"), r.path() + ".dataset", "benchmark '" + r.id()
                            + "' names dataset '" + ds + "', which is not declared", datasets.isEmpty()
                            ? "declare it under datasets:" : "use " + Similar.quotedList(datasets, "or"));
                }
            }
        }
        YMap vsd = m.document() instanceof YMap root && root.get("vectorStoreDefaults").orElse(null) instanceof YMap v
                ? v : null;
        if (vsd == null) {
            return;
        }
        // loops, not lambdas: this rule runs on every fresh generate (issue 16: each lambda is a class to spin)
        if (vsd.get("provider").orElse(null) instanceof YScalar p) {
            List<String> ids = providerIds(m, "vector_io");
            if (!ids.contains(p.text())) {
                out.error(RuleId.RESOURCE_REFERENCE, p.location(), "vectorStoreDefaults.provider", "'" + p.text()
                        + "' is not a declared vector_io provider", ids.isEmpty() ? "declare a vector_io provider"
                        : "use " + Similar.quotedList(ids, "or"));
            }
        }
        if (vsd.get("embeddingModel").orElse(null) instanceof YScalar e) {
            List<String> ids = new ArrayList<>();
            for (ResourceRef r : m.resources()) {
                if (r.kind() == ResourceKind.MODEL && "embedding".equals(r.fields().get("model_type"))) {
                    ids.add(r.id());
                }
            }
            if (!ids.contains(e.text()) && !vsd.has("embeddingProvider")) {
                out.error(RuleId.RESOURCE_REFERENCE, e.location(), "vectorStoreDefaults.embeddingModel", "'"
                        + e.text() + "' is not a declared embedding model, and no embeddingProvider says who serves it",
                        ids.isEmpty() ? "declare it under models: with 'type: embedding', or add"
                        + " 'embeddingProvider: <inference provider id>'" : "use " + Similar.quotedList(ids, "or")
                        + ", or add 'embeddingProvider: <inference provider id>'");
            }
        }
        if (vsd.get("embeddingProvider").orElse(null) instanceof YScalar p) {
            List<String> ids = providerIds(m, "inference");
            if (!ids.contains(p.text())) {
                out.error(RuleId.RESOURCE_REFERENCE, p.location(), "vectorStoreDefaults.embeddingProvider", "'"
                        + p.text() + "' is not a declared inference provider", ids.isEmpty()
                        ? "declare an inference provider" : "use " + Similar.quotedList(ids, "or"));
            }
        }
    }

    private static List<String> providerIds(StackModel m, String api) {
        List<String> ids = new ArrayList<>();
        for (ProviderInstance p : m.providersOf(api)) {
            ids.add(p.providerId());
        }
        return ids;
    }

    private static List<String> ids(StackModel m, ResourceKind kind) {
        List<String> ids = new ArrayList<>();
        for (ResourceRef r : m.resources()) {
            if (r.kind() == kind) {
                ids.add(r.id());
            }
        }
        return ids;
    }
}

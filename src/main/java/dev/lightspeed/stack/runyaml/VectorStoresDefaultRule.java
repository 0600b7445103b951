package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import dev.lightspeed.stack.yaml.YMap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vector-stores-default}: {@code validate_vector_stores_config}, in the releases with a top-level
 * {@code vector_stores:}: the default embedding model needs the models API and an inference provider of that id.
 */
final class VectorStoresDefaultRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StackModel m = ctx.model();
        check(m.run(), m.catalog(), m.providers(), StartupChecks.served(m), ctx.out());
    }

    /** {@code validate_vector_stores_config}, in the releases with a top-level {@code vector_stores:}. */
    private static void check(YMap resolved, Catalog catalog, List<ProviderInstance> providers,
            StartupChecks.Served served, Problems out) {
        if (!catalog.shape().knowsKey("vector_stores")
                || !(resolved.get("vector_stores").orElse(null) instanceof YMap vs)
                || !(vs.get("default_embedding_model").orElse(null) instanceof YMap m)) {
            return;
        }
        String pid = m.text("provider_id");
        String model = m.text("model_id");
        if (pid == null || model == null) {
            return;
        }
        String path = "vector_stores.default_embedding_model";
        if (!served.has("models")) {
            out.error(RuleId.VECTOR_STORES_DEFAULT, m.location(), path, "the default embedding model '" + pid + "/"
                    + model + "' needs the models API, which is not served; " + catalog.productName()
                    + " refuses to start",
                    "add '- inference' to apis");
            return;
        }
        List<String> inference = new ArrayList<>();
        for (ProviderInstance p : providers) {
            if (p.api().equals("inference")) {
                inference.add(p.providerId());
            }
        }
        if (!inference.contains(pid)) {
            out.error(RuleId.VECTOR_STORES_DEFAULT, m.get("provider_id").get().location(), path + ".provider_id",
                    "no enabled inference provider has the id '" + pid + "', so the default embedding model '" + pid
                            + "/" + model + "' cannot exist; " + catalog.productName()
                            + " refuses to start (\"Embedding model … not"
                            + " found\")", inference.isEmpty() ? "add an inference provider with id '" + pid + "'"
                            : "use one of " + String.join(", ", inference));
        }
    }
}

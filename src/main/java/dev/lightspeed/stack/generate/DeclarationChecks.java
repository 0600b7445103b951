package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.declaration.Declaration;
import dev.lightspeed.stack.declaration.DeclaredResource;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.model.ResourceKind;
import dev.lightspeed.stack.model.StackModel;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.runyaml.StorageReferences;
import dev.lightspeed.stack.text.Similar;
import dev.lightspeed.stack.yaml.YMap;
import dev.lightspeed.stack.yaml.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that only a declaration needs (the rules shared with validate, {@code model-embedding-dimension} and
 * {@code resource-not-registered} among them, run over the stack model in {@link dev.lightspeed.stack.validate.Validator}):
 * {@code resource-reference}: a benchmark naming an undeclared dataset, {@code vectorStoreDefaults} naming an
 * undeclared provider or embedding model; {@code storage-backend-unknown} / {@code storage-backend-kind}: a provider
 * config whose {@code backend:} names a storage backend the generated run.yaml does not define, or one of the other
 * kind (releases with storage backends; the same check as validate's, {@link StorageReferences}).
 */
final class DeclarationChecks {

    private DeclarationChecks() {
    }

    static void check(Declaration d, StackModel m, Problems out) {
        for (DeclaredResource r : d.resources()) {
            if (r.kind() == ResourceKind.BENCHMARK) {
                Object ds = r.fields().get("dataset_id");
                List<String> datasets = ids(d, ResourceKind.DATASET);
                if (ds != null && !datasets.contains(ds.toString())) {
                    out.error(RuleId.RESOURCE_REFERENCE, r.where(), r.path() + ".dataset", "benchmark '" + r.id()
                            + "' names dataset '" + ds + "', which is not declared", datasets.isEmpty()
                            ? "declare it under datasets:" : "use " + Similar.quotedList(datasets, "or"));
                }
            }
        }
        YMap vsd = d.vectorStoreDefaults();
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
                List<String> ids = d.resources().stream().filter(r -> r.kind() == ResourceKind.MODEL
                        && "embedding".equals(r.fields().get("model_type"))).map(DeclaredResource::id).toList();
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
        if (m.catalog().shape().storage().form() == StoreForm.BACKENDS) {
            Map<String, String> defined = new LinkedHashMap<>();
            defined.put(StorageLayout.KV, "kv");
            defined.put(StorageLayout.SQL, "sql");
            StorageReferences.checkProviders(m.providers(), defined, false, out);
        }
    }

    private static List<String> ids(Declaration d, ResourceKind kind) {
        return d.resources().stream().filter(r -> r.kind() == kind).map(DeclaredResource::id).toList();
    }
}

package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.runyaml.StorageReferences;
import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code storage-backend-unknown} / {@code storage-backend-kind}, a declaration-only rule: a provider config whose
 * {@code backend:} names a storage backend the generated run.yaml does not define ({@link StorageLayout}), or one of
 * the other kind, in releases with storage backends; the same check as validate's ({@link StorageReferences}).
 */
final class GeneratedBackendsRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.catalog().shape().storage().form() == StoreForm.BACKENDS) {
            Map<String, String> defined = new LinkedHashMap<>();
            defined.put(StorageLayout.KV, "kv");
            defined.put(StorageLayout.SQL, "sql");
            StorageReferences.checkProviders(ctx.model().providers(), defined, StorageReferences.Backends.GENERATED,
                    ctx.catalog().productName(), ctx.out());
        }
    }
}

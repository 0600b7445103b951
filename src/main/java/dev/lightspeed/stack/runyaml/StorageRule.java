package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.validate.Rule;
import dev.lightspeed.stack.validate.RuleContext;

/**
 * A run.yaml's stores as its release opens them at start-up ({@code storage-metadata-missing},
 * {@code storage-backend-unknown}, {@code storage-backend-kind}, {@code storage-default-store}): the strategy of the
 * release's store form ({@link StorageChecks}), chosen by data.
 */
final class StorageRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StorageChecks.of(ctx.catalog().shape().storage().form()).check(ctx.model().run(), ctx.catalog(),
                ctx.model().providers(), ctx.out());
    }
}

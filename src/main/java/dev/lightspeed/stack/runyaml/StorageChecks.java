package dev.lightspeed.stack.runyaml;

import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.StoreForm;
import dev.lightspeed.stack.model.ProviderInstance;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.yaml.YMap;
import java.util.List;

/**
 * The start-up checks of a run.yaml's stores, one strategy per {@link StoreForm}, chosen by the release's catalog:
 * per-store blocks are plain files llama-stack opens as it goes (nothing to resolve); backends are resolved by name
 * ({@link StorageReferences}).
 */
interface StorageChecks {

    // plain classes, not lambdas: no class to spin on a build's first call
    StorageChecks PER_STORE_BLOCKS = new StorageChecks() {
        @Override
        public void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Problems out) {
        }
    };
    StorageChecks BACKENDS = new StorageChecks() {
        @Override
        public void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Problems out) {
            StorageReferences.check(resolvedRoot, catalog, providers, out);
        }
    };

    void check(YMap resolvedRoot, Catalog catalog, List<ProviderInstance> providers, Problems out);

    static StorageChecks of(StoreForm form) {
        return switch (form) {
            case PER_STORE_BLOCKS -> PER_STORE_BLOCKS;
            case BACKENDS -> BACKENDS;
        };
    }
}

package dev.lightspeed.stack.validate;

import dev.lightspeed.stack.model.ProviderInstance;
import java.util.List;
import java.util.Optional;

/**
 * Providers that a later entry of the same API and {@code provider_id} shadows. llama-stack's
 * {@code validate_and_prepare_providers} (core/resolver.py, the same in 0.2.22 to 0.6.0 and OGX 1.0.2) runs
 * {@code validate_provider} on every entry (type and deprecation) but keeps {@code specs[provider.provider_id] = spec},
 * the last one: only that one's config is ever parsed ({@code instantiate_provider}: {@code config_type(**config)})
 * and started, so an earlier entry's config cannot fail the file.
 */
public final class ShadowedProviders {

    private ShadowedProviders() {
    }

    /** The later provider that shadows {@code p}, if any. */
    public static Optional<ProviderInstance> by(ProviderInstance p, List<ProviderInstance> all) {
        ProviderInstance last = null;
        for (ProviderInstance q : all) {
            if (q.api().equals(p.api()) && q.providerId() != null && q.providerId().equals(p.providerId())) {
                last = q;
            }
        }
        return last == null || last == p ? Optional.empty() : Optional.of(last);
    }
}

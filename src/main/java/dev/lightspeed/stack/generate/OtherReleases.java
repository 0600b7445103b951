package dev.lightspeed.stack.generate;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.catalog.RunShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the other bundled releases know of a provider type the target release lacks, for the message that rejects it:
 * the API it has there (a bare {@code inline::llama-guard} for OGX 1.0.2 is a safety provider, an API 1.0.2 removed),
 * and the target's own name for it when a newer release renamed it ({@code inline::file-search} is
 * {@code inline::rag-runtime} before OGX). Read only on this error path, from the releases' data.
 *
 * @param api      the type's API in the other releases
 * @param releases the releases that have it, as their products name them
 * @param ownName  the target's provider that a newer release renamed to this type, if any
 */
record OtherReleases(String api, List<String> releases, Optional<RunShape.ProviderRename> ownName) {

    static Optional<OtherReleases> of(Catalog target, String type) {
        String api = null;
        List<String> releases = new ArrayList<>();
        RunShape.ProviderRename own = null;
        for (String release : BundledCatalogs.RELEASES) {
            if (release.equals(target.release())) {
                continue;
            }
            Catalog other = BundledCatalogs.get(release);
            List<ProviderSpec> found = other.byType(type);
            if (found.size() == 1) {
                api = api == null ? found.get(0).api() : api;
                releases.add(other.displayName());
            }
            for (RunShape.ProviderRename r : other.shape().migration().providerRenames()) {
                if (own == null && r.to().providerType().equals(type)
                        && target.find(r.from().api(), r.from().providerType()).isPresent()) {
                    own = r;
                }
            }
        }
        return api == null ? Optional.empty() : Optional.of(new OtherReleases(api, releases, Optional.ofNullable(own)));
    }

    /** {@code "it is a safety provider of llama-stack 0.6.0, 0.5.2"}. */
    String where() {
        return "it is " + (api.startsWith("a") || api.startsWith("i") ? "an " : "a ") + api + " provider of "
                + String.join(", ", releases);
    }
}

package dev.lightspeed.stack.listing;

import dev.lightspeed.stack.catalog.BundledCatalogs;
import dev.lightspeed.stack.catalog.Catalog;
import dev.lightspeed.stack.catalog.CatalogOverlays;
import dev.lightspeed.stack.catalog.ProviderSpec;
import dev.lightspeed.stack.problem.Location;
import dev.lightspeed.stack.problem.Problem;
import dev.lightspeed.stack.problem.Problems;
import dev.lightspeed.stack.problem.RuleId;
import dev.lightspeed.stack.catalog.UnknownRelease;
import dev.lightspeed.stack.text.Similar;
import java.util.List;
import java.util.Optional;

/**
 * The core of {@code list-providers}: picks the release's bundled catalog, applies the user catalogs, filters by
 * API and renders, with the rows of LCS's providers table that name providers the release does not have
 * ({@link NotInReleaseRow}, unless a user catalog adds the provider). Problems ({@code release-unknown}, {@code api-unknown}, {@code format-unknown}, and those of the
 * user catalogs) come back as data; when there are errors there is no text.
 */
public final class ProviderListing {

    /**
     * The rendered text (absent on errors), the problems found, how many providers and rows not in the release it
     * lists, and how messages name the release ({@code OGX 1.0.2}).
     */
    public record Listing(Optional<String> text, List<Problem> problems, int count, int notInRelease,
            String release) {

        static Listing failed(Problems problems) {
            return new Listing(Optional.empty(), problems.sorted(), 0, 0, "");
        }

        /** {@code 54 providers of OGX 1.0.2 (and 20 rows of LCS's table not in this release)}. */
        public String summary() {
            return count + (count == 1 ? " provider of " : " providers of ") + release + (notInRelease == 0 ? ""
                    : " (and " + notInRelease + (notInRelease == 1 ? " row" : " rows")
                    + " of LCS's table not in this release)");
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private ProviderListing() {
    }

    public static Listing run(ListRequest request) {
        Problems problems = new Problems();
        Optional<ListFormat> format = ListFormat.parse(request.format() == null ? "" : request.format());
        if (format.isEmpty()) {
            problems.error(RuleId.FORMAT_UNKNOWN, Location.NONE, "format", "unknown format '" + request.format()
                    + "'; known: " + String.join(", ", ListFormat.names()), "set -Dlightspeed.format=table or json");
        }
        String release = request.llamaStack() == null ? "" : request.llamaStack().trim();
        if (!BundledCatalogs.isKnown(release)) {
            problems.error(RuleId.RELEASE_UNKNOWN, Location.NONE, "llamaStack",
                    UnknownRelease.message(release),
                    suggestion(release, BundledCatalogs.RELEASES, "-Dlightspeed.llamaStack="));
            return Listing.failed(problems);
        }
        CatalogOverlays.Result overlaid = CatalogOverlays.apply(BundledCatalogs.get(release), request.catalogs());
        problems.addAll(overlaid.problems());
        if (overlaid.catalog().isEmpty()) {
            return Listing.failed(problems);
        }
        Catalog catalog = overlaid.catalog().get();
        List<ProviderSpec> providers = catalog.providers();
        String api = request.api() == null ? "" : request.api().trim();
        if (!api.isEmpty()) {
            if (!catalog.hasApi(api)) {
                problems.error(RuleId.API_UNKNOWN, Location.NONE, "api", "unknown API '" + api + "' in "
                        + catalog.displayName() + "; known: " + String.join(", ", catalog.apis()),
                        suggestion(api, catalog.apis(), "-Dlightspeed.api="));
            }
            providers = catalog.forApi(api);
        }
        if (problems.hasErrors()) {
            return Listing.failed(problems);
        }
        List<NotInReleaseRow> absent = NotInReleaseRow.of(release).stream()
                .filter(r -> api.isEmpty() || r.api().equals(api))
                .filter(r -> catalog.find(r.api(), r.providerType()).isEmpty()).toList();
        String text = format.get() == ListFormat.JSON ? ProviderJson.render(providers, absent)
                : ProviderTable.render(catalog.displayName(), providers, absent);
        return new Listing(Optional.of(text), problems.sorted(), providers.size(), absent.size(),
                catalog.displayName());
    }

    private static String suggestion(String wrong, List<String> known, String flag) {
        List<String> close = Similar.closest(wrong, known, 3);
        return close.isEmpty() ? "use one of them, e.g. " + flag + known.get(0)
                : "did you mean " + Similar.quotedList(close, "or") + "? (" + flag + close.get(0) + ")";
    }
}

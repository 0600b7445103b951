package dev.lightspeed.stack.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LCS's support policy for one release, from its providers table, by these rules: a row applies to the provider the
 * release registers under that API and type (and to its deprecated alias); a row naming a provider the release
 * renamed applies to the successor; other rows naming a provider the release does not have do not apply and are
 * listed; {@code lcore} rows are LCS-owned shields, never providers; a provider no row applies to is unsupported, and
 * when LCS's own configuration uses an unsupported provider the note says where.
 */
public final class SupportPolicy {

    /** A table row that applies to no provider of the release, and why. */
    public record NotInRelease(SeedTables.Row row, String reason) {
    }

    /** The support of every provider of the release, and the rows that do not apply. */
    public record Result(Map<ProviderKey, Support> support, List<NotInRelease> notInRelease) {
    }

    /** A row applied to a provider, with what the note must add on how it got there (may be empty). */
    private record Applied(SeedTables.Row row, String how) {
    }

    private SupportPolicy() {
    }

    public static Result apply(CatalogSources.ReleaseSource release, CatalogSources sources, List<SeedTables.Row> rows,
            Set<ProviderKey> providers, List<String> providerApis) {
        Map<ProviderKey, List<Applied>> applied = new LinkedHashMap<>();
        List<NotInRelease> notIn = new ArrayList<>();
        for (SeedTables.Row row : rows) {
            if (row.provider().isEmpty()) {
                notIn.add(new NotInRelease(row, "an LCS-owned shield (type " + row.kind() + ", configured under"
                        + " shields: in lightspeed-stack.yaml), not a provider of " + release.displayName()));
                continue;
            }
            ProviderKey key = row.provider().get();
            List<ProviderKey> targets = new ArrayList<>();
            if (providers.contains(key)) {
                add(applied, key, row, row.isRedHatVllm() ? "the table's Red Hat vLLM rows are remote::vllm" : "");
                targets.add(key);
            }
            for (CatalogSources.Rename r : sources.renames()) {
                if (r.from().equals(key) && !providers.contains(key) && providers.contains(r.successor())) {
                    add(applied, r.successor(), row, "the row applies to the successor: " + release.displayName()
                            + " has " + r.successor() + " in place of " + key);
                    targets.add(r.successor());
                }
            }
            for (CatalogSources.Alias a : sources.aliases()) {
                if (a.of().equals(key) && providers.contains(a.alias())) {
                    add(applied, a.alias(), row, a.alias().providerType() + " is the deprecated alias of "
                            + key.providerType());
                    targets.add(a.alias());
                }
            }
            if (targets.isEmpty()) {
                notIn.add(new NotInRelease(row, !providerApis.contains(row.api())
                        ? release.displayName() + " has no " + row.api() + " API for providers"
                        : release.displayName() + " has no provider " + key));
            }
        }
        Map<ProviderKey, Support> support = new LinkedHashMap<>();
        for (ProviderKey p : providers) {
            List<Applied> a = applied.getOrDefault(p, List.of());
            Support s = a.isEmpty() ? new Support(false, "not listed in the LCS providers table ("
                    + release.tableSource() + "): unsupported until LCS lists it") : fromRows(release, rows, p, a);
            support.put(p, s.supported() ? s : new Support(false, s.note() + usedBy(release, p)));
        }
        return new Result(support, notIn);
    }

    private static void add(Map<ProviderKey, List<Applied>> applied, ProviderKey target, SeedTables.Row row,
            String how) {
        applied.computeIfAbsent(target, k -> new ArrayList<>()).add(new Applied(row, how));
    }

    private static Support fromRows(CatalogSources.ReleaseSource release, List<SeedTables.Row> rows, ProviderKey p,
            List<Applied> applied) {
        Set<Boolean> flags = applied.stream().map(a -> a.row().supported()).collect(Collectors.toSet());
        if (flags.size() > 1) {
            throw new IllegalStateException(release.id() + ": table rows disagree on " + p + ": " + applied);
        }
        boolean supported = flags.iterator().next();
        SeedTables.Row first = applied.get(0).row();
        String names = applied.stream().map(a -> label(rows, a.row())).collect(Collectors.joining(", "));
        Set<String> hows = new LinkedHashSet<>();
        applied.stream().map(Applied::how).filter(h -> !h.isEmpty()).forEach(hows::add);
        return new Support(supported, "LCS providers table (" + release.tableSource() + "), " + first.api()
                + (applied.size() > 1 ? " rows " : " row ") + names + ": " + (supported ? "supported" : "not supported")
                + hows.stream().map(h -> "; " + h).collect(Collectors.joining()));
    }

    /** {@code 'openai'}, or {@code 'chromadb' (remote)} where the section has the name twice. */
    static String label(List<SeedTables.Row> rows, SeedTables.Row row) {
        long sameName = rows.stream().filter(r -> r.api().equals(row.api()) && r.name().equals(row.name())).count();
        return "'" + row.name() + "'" + (sameName > 1 ? " (" + row.kind() + ")" : "");
    }

    private static String usedBy(CatalogSources.ReleaseSource release, ProviderKey p) {
        return release.lcsUses().stream().filter(u -> u.provider().equals(p))
                .map(u -> "; used by LCS's own " + u.where()).collect(Collectors.joining());
    }
}

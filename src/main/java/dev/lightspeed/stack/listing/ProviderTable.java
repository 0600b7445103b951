package dev.lightspeed.stack.listing;

import dev.lightspeed.stack.catalog.ProviderSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders providers as a plain-text table (API, provider type, LCS support, pip packages), columns padded with
 * spaces, lines ending in {@code \n}, and a closing count; then, when LCS's providers table has rows naming providers
 * the release does not have, a short second table of them, "not in this release", with why. Deterministic: the same
 * input gives the same bytes.
 */
public final class ProviderTable {

    static final List<String> HEADERS = List.of("API", "Provider Type", "LCS Support", "Pip Packages");
    static final List<String> ABSENT_HEADERS = List.of("API", "Provider Type", "LCS Support", "Why");

    private ProviderTable() {
    }

    /**
     * @param release  how the release is named, e.g. {@code llama-stack 0.3.5}, {@code OGX 1.0.2}
     * @param absent   the rows of LCS's table not in this release (may be empty)
     */
    public static String render(String release, List<ProviderSpec> providers, List<NotInReleaseRow> absent) {
        StringBuilder sb = new StringBuilder();
        table(sb, HEADERS, providers.stream().map(p -> List.of(p.api(), p.providerType(), support(p),
                String.join(", ", p.pipPackages()))).toList());
        long supported = providers.stream().filter(ProviderSpec::supported).count();
        sb.append(providers.size()).append(providers.size() == 1 ? " provider" : " providers").append(" (")
                .append(supported).append(" supported by Lightspeed Core) for ").append(release).append('\n');
        if (!absent.isEmpty()) {
            boolean one = absent.size() == 1;
            sb.append("\nNot in this release: ").append(absent.size()).append(one ? " row of LCS's providers table"
                    + " names a provider " : " rows of LCS's providers table name providers ").append(release)
                    .append(" does not have (").append(one ? "it does" : "they do").append(" not apply)\n");
            table(sb, ABSENT_HEADERS, absent.stream().map(r -> List.of(r.api(), r.providerType(), r.label(),
                    r.reason())).toList());
        }
        return sb.toString();
    }

    private static String support(ProviderSpec p) {
        return p.support().label() + (p.deprecated() ? ", deprecated" : "");
    }

    /** The header, a rule of dashes, and the rows, each column as wide as its widest cell. */
    private static void table(StringBuilder sb, List<String> headers, List<List<String>> body) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers);
        rows.addAll(body);
        int[] width = new int[headers.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        line(sb, headers, width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        body.forEach(r -> line(sb, r, width));
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            l.append(cells.get(i));
            if (i < cells.size() - 1) {
                l.append(" ".repeat(width[i] - cells.get(i).length() + 2));
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}

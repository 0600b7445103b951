package dev.lightspeed.stack.listing;

import dev.lightspeed.stack.catalog.ProviderSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders providers as a plain-text table (API, provider type, LCS support, pip packages), columns padded with
 * spaces, lines ending in {@code \n}, and a closing count. Deterministic: the same providers give the same bytes.
 */
public final class ProviderTable {

    static final List<String> HEADERS = List.of("API", "Provider Type", "LCS Support", "Pip Packages");

    private ProviderTable() {
    }

    public static String render(String release, List<ProviderSpec> providers) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ProviderSpec p : providers) {
            rows.add(List.of(p.api(), p.providerType(), support(p), String.join(", ", p.pipPackages())));
        }
        int[] width = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, rows.get(0), width);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width);
        rows.subList(1, rows.size()).forEach(r -> line(sb, r, width));
        long supported = providers.stream().filter(ProviderSpec::supported).count();
        sb.append(providers.size()).append(providers.size() == 1 ? " provider" : " providers").append(" (")
                .append(supported).append(" supported by Lightspeed Core) for llama-stack ").append(release)
                .append('\n');
        return sb.toString();
    }

    private static String support(ProviderSpec p) {
        return p.support().label() + (p.deprecated() ? ", deprecated" : "");
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
